import { evidenceOf, findHits, type THit } from "./match/find-hits";
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
  `${ZH_INSULTS}|(?<!当)妈的|脑子(?:是不是)?(?:有问题|进水|坏了)|连[^,.!?]{0,10}都(?:还不起|拿不出|还不上|做不到|不懂)|\\bsb\\b|\\b(?:deadbeats?|dead beats?|losers?|idiots?|stupid|morons?|pathetic|scum\\w*|liars?|stop lying|freeloaders?|useless|worthless|lazy|bum|parasites?|leech(?:es)?|trash|garbage|shut up|shut your mouth|grow up|are you (?:deaf|stupid|thick|dense|dumb|slow)|thick or what|what kind of (?:grown )?(?:person|man|woman|father|mother|parent|adult)|shame on you|you should be ashamed|disgrace\\w*|disgusting|embarrassing|fuck\\w*|shit\\w*|bullshit|damn|goddamn|bloody|bitch\\w*|bastard|asshole|ass|crap|dumb|cheapskate|spongers?|scroungers?|cheeky cow|silly cow|clown|muppets?|genius|(?:most|any|every) grown (?:adults?|men|women|people)|(?:of )?course you will\\b[^.!?]{0,20}\\b(?:same as|like) (?:last time|before)|piece of work|waste of space|cry about it|quit (?:whining|crying|complaining|moaning)|whin(?:e|ing|ger)|sob story|taking the (?:mick|mickey|piss)|not rocket science|even a child|spend, spend|excuses,? excuses|stop making excuses|everybody's got a story|nobody forced you|you people|people like you|can't even (?:pay|afford|manage)|a grown (?:man|woman|adult) like you|cry me a river|boo hoo|nice try|waffling)\\b`,
);
/**
 * Contempt without a rude word: talking down to someone who did not follow, sarcastic praise,
 * waving away tears, moralising about "people like you", mocking what they spent money on.
 */
const CONTEMPT = pattern(
  "\\b(?:(?:use|using) (?:small|little|simple) words|(?:one more time|once more|again),? (?:but )?(?:slower|slowly|nice and slow)|(?:isn't|is not|not|doesn't seem to be|still not) (?:sinking|getting through)|spell (?:it|this) out (?:for you)?|words of one syllable|draw you a (?:picture|diagram)|(?:too )?(?:hard|difficult|complicated) for you|must be (?:real |really |so |very )?nice|doing wonders for|bless(?: you| your heart)?(?=[.!,])|^oh,? (?:sure|great|brilliant|lovely|wonderful)|(?:brilliant|lovely|marvellous|fantastic),? that[.!]|totally (?:essential|necessary|reasonable)|priorities (?:sorted|straight|in order)|how(?:'s| is| has) that (?:plan |strategy |approach )?(?:been )?working out|funny how|what a surprise|shocker|(?:the |your |those )?tears (?:aren't|won't|are not|don't|do not|isn't|ain't)|crying (?:won't|isn't|doesn't|ain't|is not)|(?:turn(?:ing)? on|spare me) the waterworks|spare me|drama queen|people (?:like you|with (?:that|your) attitude)|(?:your|that) (?:kind|sort|type) of (?:people|person)|you(?:'re| are) the one who|free money|money grows on trees|(?:mommy|mummy|mommy's|mummy's|daddy's)|(?:need|needs|ask|asking) (?:your )?(?:mom|mum|mother|dad|parents)(?:'s)? (?:permission|for permission)|there'?s (?:always )?money for [^.!?]{1,30}\\bbut not)",
);
/** Spelt out word by word, as if to a child: "You. Owe. Us. Money." */
const FILLER = /^(?:ok|okay|right|yes|yeah|yep|sure|thanks|great|fine|alright|so|well|hi|hello|sorry|no|bye|mm|um|uh|good|lovely|cheers)$/;
/** Chinese contempt without a swear word: sarcastic praise, mocking the spending, waving away tears. */
const ZH_CONTEMPT = pattern(
  "真行啊|真有(?:你|您)的|可真(?:会|能|行)|(?:挺|真|倒是)(?:会|能)(?:花|享受|过日子|找借口)|(?:花|刷|借|消费)(?:钱|卡)?的时候(?:怎么)?(?:不|没|那么|这么)|当初(?:刷|花|借)[^,.!?]{0,8}(?:怎么|咋)(?:不|没)|哭(?:也)?(?:有什么用|没用|能解决|解决不了)|擦屁股|就别办(?:信用)?卡|让人笑话|二皮脸|磨叽|小学生都|识字的人|眼泪(?:不值钱|没用|解决不了)|(?:你|您)自己(?:心里)?没(?:点)?数吗|自己作的|就这(?:点)?出息|这点(?:小)?(?:钱|事)都[^,.!?]{0,6}(?:还不|办不|搞不|弄不|拿不出)|听不懂人话|瓜娃子|脑壳(?:头)?(?:装|有|进|坏)|拎勿清|寿头|对牛弹琴|小学(?:算术|数学|文化|没毕业)|这都(?:搞不懂|不懂|听不懂|不会|算不明白)|(?:讲|说)了?[三四五几多好]遍|猴年马月|(?:可|真|倒)(?:真|是)?(?:滋润|潇洒|能耐|会享受|舒坦)|这么能耐|(?:当|把)(?:自己|自个儿?)(?:是|当)?大爷|优越感|真当自己|小日子过得|有(?:空|钱|时间)[^,.!?]{1,8}没(?:空|钱|时间)|(?:这种|你们这种|你这种|您这种)老来|害不害臊|不害臊|要不要脸|躺平|有手有脚|别找借口|打发要饭|亏(?:你|您)说得出口|说得出口|说了(?:多少|几)遍|你是听不懂|有钱(?:去|出去)?(?:旅游|吃|玩|买)[^,.!?]{0,10}没钱还",
);
/** "I'm not calling you a liar" disclaims the word; "don't give me that bullshit" does not. */
const DISCLAIMER = /(?:not (?:calling|saying|suggesting)|i'm not saying|不是说|并不是说|没说)[^.!?]{0,20}$/;

/** Insults, contempt and mockery aimed at the listener; "I'm not calling you a liar" is negated. */
export function detectAbuse(text: TTurnText): TTurnAnalysis["abuse"] {
  const hits = [...findHits(text, ABUSE), ...findHits(text, CONTEMPT), ...findHits(text, ZH_CONTEMPT), ...spelledOut(text)];
  return hits
    .filter((hit) => !DISCLAIMER.test(text.norm.slice(Math.max(hit.sentence.start, hit.start - 30), hit.start)))
    .sort((a, b) => a.start - b.start)
    .map((hit) => ({ evidence: evidenceOf(text, hit) }));
}

/** Three or more one-word sentences in a row that are not fillers ("Okay. Right. Thanks." is not contempt). */
function spelledOut(text: TTurnText): THit[] {
  const oneWord = text.sentences.map((span) => {
    const words = text.norm.slice(span.start, span.end).replace(/[.!?,]/g, " ").trim().split(/\s+/);
    return words.length === 1 && /^[a-z']+$/.test(words[0]!) && !FILLER.test(words[0]!);
  });
  for (let index = 0; index + 2 < oneWord.length; index++) {
    if (oneWord[index] && oneWord[index + 1] && oneWord[index + 2]) {
      const first = text.sentences[index]!;
      const last = text.sentences[index + 2]!;
      const run = { start: first.start, end: last.end };
      return [{ ...run, sentence: run, clause: run }];
    }
  }
  return [];
}
