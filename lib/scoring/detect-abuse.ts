import { evidenceOf, findHits } from "./match/find-hits";
import { pattern, words } from "./match/lexicon";
import type { TTurnText } from "./match/turn-text";
import type { TTurnAnalysis } from "./turn-analysis-schema";

const ZH_INSULTS = words([
  "老赖", "不要脸", "要点脸", "给脸不要脸", "无赖", "赖皮", "骗子", "废物", "垃圾", "人渣", "败类", "傻逼", "傻b", "脑子有病",
  "有病吧", "神经病", "没良心", "丢不丢人", "真丢人", "丢人现眼", "丢死人", "穷鬼", "活该", "去死", "畜生", "白痴", "不是人",
  "混蛋", "王八蛋", "他妈的", "特么", "狗东西", "贱", "耍赖", "赖账", "想赖", "厚脸皮", "脸皮厚", "下三滥", "没出息", "窝囊废",
  "还好意思", "好意思说", "你配吗", "也配", "要饭", "乞丐", "蠢货", "笨蛋", "猪脑子", "这么大的人了", "这么大人了", "一把年纪",
  "还有脸", "装什么", "装穷", "装可怜", "别装了", "少来这套", "别找借口", "借口真多", "哭穷", "谁信啊", "你骗谁", "骗鬼",
  "滚蛋", "滚开", "给我滚", "你滚", "闭嘴", "少插嘴", "人话", "狗肚子", "一家子", "你这种人", "这种人", "没文化", "难怪混成",
  "活着干嘛", "靠老婆养", "大老爷们", "拿刀逼你", "穷就别", "死人说事", "你是猪", "哈哈哈", "呵呵", "可真多啊",
]);

const ABUSE = pattern(
  `${ZH_INSULTS}|(?<!当)妈的|脑子(?:是不是)?(?:有问题|进水|坏了)|连[^,.!?]{0,10}都(?:还不起|拿不出|还不上|做不到|不懂)|\\bsb\\b|\\b(?:deadbeats?|dead beats?|losers?|idiots?|stupid|morons?|pathetic|scum\\w*|liars?|stop lying|freeloaders?|useless|worthless|lazy|bum|parasites?|leech(?:es)?|trash|garbage|shut up|shut your mouth|grow up|are you (?:deaf|stupid|thick|dense|dumb|slow)|thick or what|what kind of (?:grown )?(?:person|man|woman|father|mother|parent|adult)|shame on you|you should be ashamed|disgrace\\w*|disgusting|embarrassing|fuck\\w*|shit\\w*|bullshit|damn|goddamn|bloody|bitch\\w*|bastard|asshole|ass|crap|dumb|cheapskate|spongers?|scroungers?|cheeky cow|silly cow|clown|piece of work|waste of space|cry about it|quit (?:whining|crying|complaining|moaning)|whin(?:e|ing|ger)|sob story|taking the (?:mick|mickey|piss)|not rocket science|even a child|spend, spend|excuses,? excuses|stop making excuses|everybody's got a story|nobody forced you|you people|people like you|can't even (?:pay|afford|manage)|a grown (?:man|woman|adult) like you|cry me a river|boo hoo|nice try|waffling)\\b`,
);
/** "I'm not calling you a liar" disclaims the word; "don't give me that bullshit" does not. */
const DISCLAIMER = /(?:not (?:calling|saying|suggesting)|i'm not saying|不是说|并不是说|没说)[^.!?]{0,20}$/;

/** Insults, contempt and mockery aimed at the listener; "I'm not calling you a liar" is negated. */
export function detectAbuse(text: TTurnText): TTurnAnalysis["abuse"] {
  return findHits(text, ABUSE)
    .filter((hit) => !DISCLAIMER.test(text.norm.slice(Math.max(hit.sentence.start, hit.start - 30), hit.start)))
    .map((hit) => ({ evidence: evidenceOf(text, hit) }));
}
