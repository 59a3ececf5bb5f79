import { evidenceOf, type THit } from "./match/find-hits";
import { pattern, words } from "./match/lexicon";
import { splitHits } from "./match/live-hits";
import { explainsTheLaw, isHedged, reportsOthers } from "./match/sentence-markers";
import type { TTurnText } from "./match/turn-text";
import type { TTurnAnalysis } from "./turn-analysis-schema";

type TThreatKind = TTurnAnalysis["threats"][number]["kind"];

const ZH_TARGETS = words([
  "科室", "前台", "部门", "护士长", "老家", "乡里乡亲", "老人家", "长辈", "姐姐", "哥哥", "弟弟", "妹妹", "紧急联系人", "微信群", "家人", "家里人", "家属", "父母", "爸妈", "老婆", "老公", "妻子", "丈夫", "爱人", "配偶", "孩子", "子女", "亲戚", "亲友",
  "朋友", "同事", "领导", "老板", "上司", "单位", "公司", "人事", "通讯录", "联系人", "邻居", "村里", "村委", "居委会",
  "社区", "朋友圈", "学校", "亲朋好友", "身边的人", "所有人", "全村", "小区", "厂里", "一片", "公告栏",
]);
const ZH_TELL = words([
  "告诉", "通知", "联系", "打电话给", "打电话到", "打给", "打到", "去找", "找到", "发给", "发到", "转告", "告知", "曝光给", "通报",
  "群发", "上门找", "寄到", "问问", "说给", "反馈给", "贴到", "发到",
]);
const ZH_TELL_AROUND = "(?:给|跟|和|向)[^,.!?]{0,6}" + ZH_TARGETS + "[^,.!?]{0,4}(?:打电话|打过去|说|讲|沟通|反馈|聊聊|通报)";
const EN_TARGETS = "(?:wife|husband|spouse|partner|family|parents|mother|mom|mum|father|dad|kids|children|son|daughter|relatives|friends|neighbou?rs|co-?workers|colleagues|boss|employer|manager|supervisor|hr(?: department)?|payroll|workplace|office|contacts?(?: list)?|church|landlord|in-laws|community|neighbou?rhood)";
/**
 * A threat dressed as regret or advice: "I'd hate for your manager to hear about this", "be a
 * shame if someone had to stop by". What follows the frame says what is threatened.
 */
const EN_REGRET = "(?:i'?d (?:really )?hate|i would (?:really )?hate|we'?d hate|(?:it'?d|it would|would|be) (?:be )?a (?:real |crying |terrible )?shame|wouldn't want|you don't want|you wouldn't want|don't want (?:them|him|her|your))";
const EN_FIND_OUT = "(?:get(?:ting)? wind of|take (?:this|it) up with|(?:are|is|get|gets|getting) involved|find(?:ing)? out|hear(?:ing)? (?:about|of|it|this|that)|hear(?:ing)?|know(?:ing)? about|learn(?:ing)? about|get(?:ting)? (?:pulled|dragged|brought) into|wonder(?:ing)?|talk(?:ing)? about|see(?:ing)? (?:this|that|it|them))";
const EN_TELL = "(?:tell|inform|notify|contact|call|ring|phone|reach out to|speak (?:to|with)|talk to|visit|email|text|write to|let|get in touch with|send (?:a letter|letters|it) to|stick a note through|make sure)";

const THREAT_PATTERNS: [TThreatKind, RegExp][] = [
  ["exposure", pattern(`${ZH_TELL}[^,.!?]{0,6}${ZH_TARGETS}(?![^,.!?]{0,4}(?:借|凑|商量|帮忙|周转))|${ZH_TELL_AROUND}|(?:让|叫|被)[^,.!?]{0,6}${ZH_TARGETS}[^,.!?]{0,6}知道|${ZH_TARGETS}.{0,4}(?:都会|就会|也会|迟早|马上就|全都)(?:.{0,2})(?:知道|晓得)|(?:只能|只好|就得|就要|就只能|也只能)(?:去)?(?:跟|和|给|打给|打电话给|找|联系|通知)(?:(?:你|您)(?:的)?)?(?:${ZH_TARGETS}|他|她|他们|她们|儿子|女儿)(?!本人)|(?:脸|面子)(?:往哪儿?(?:搁|放)|上(?:也)?(?:不好看|挂不住|过不去))|总会有人知道|纸包不住火|(?:乡里乡亲|街坊邻居|亲戚朋友|左邻右舍)(?:的)?都(?:知道|晓得)|(?:单位|人事|领导|老板|家里|父母)[^,.!?]{0,8}(?:电话|联系方式)[^,.!?]{0,8}(?:有的|都有|也有|掌握)|真要打过去|传开|传出去|传遍|曝光|公开(?:你|您)的|发(?:到|在)?朋友圈|挂(?:到|在)网上|爆(?:你的?)?通讯录|通讯录里[^,.!?]{0,8}(?:打|发|挨个)|挨个打|身败名裂|出名|要不要我[^,.!?]{0,4}(?:跟|和|给)[^,.!?]{0,6}(?:说|讲|打电话)`)],
  ["exposure", pattern(`\\b${EN_TELL}\\b[^.!?]{0,24}?\\b(?:your|the|everyone in your|all your|everybody in your)\\s(?:\\w+\\s)?${EN_TARGETS}\\b|\\byour ${EN_TARGETS}\\b[^.!?]{0,24}?\\b(?:will|would|is going to|are going to|(?:is|are|'re|'s) gonna|'ll|might|could|to)\\b[^.!?]{0,16}?\\b(?:find out|know|hear about|hear|learn|be told|be informed|be notified|be contacted|get a call|(?:start )?wondering)\\b|\\b${EN_REGRET}\\b[^.!?]{0,60}?\\b${EN_FIND_OUT}\\b|\\b(?:everyone|everybody|people|folks) (?:in|at) (?:\\w+ )?${EN_TARGETS}\\b[^.!?]{0,12}\\bknows? your business|\\b${EN_TARGETS} (?:people |folks |team )?(?:are|is|get|gets|getting) involved|\\b(?:folks|people|everyone) (?:at|in) your ${EN_TARGETS}\\b[^.!?]{0,10}\\b(?:hear|know|find out)|\\beveryone (?:you know|at your (?:work|job|office)) will\\b|\\b(?:post|put|share) (?:it|this|your (?:name|debt)) (?:online|on (?:facebook|social media|the internet))|\\breport you to\\b|\\b(?:one )?(?:phone )?call to the (?:dwp|police|irs|immigration|hmrc)\\b`)],
  ["violence", pattern("派人|上门|找上门|堵你|堵门|去(?:你|您)的?(?:家|单位|公司|厂|学校|小区|村|老家|楼下|门口)|(?<![寄送发])到(?:你|您)的?(?:家|单位|公司|厂|小区|楼下|门口)|上(?:你|您)家|家门口|外访|门口等(?:你|您)|找到(?:你|她|他)[^,.!?]{0,4}(?:厂|单位|公司|学校|家)|打断|打残|弄死|收拾你|人身安全|\\bsend (?:someone|somebody|people|a team|the lads|our (?:guys|people|agents?|field agents?)|an agent|round)\\b|\\bsending (?:the|someone|people)\\b[^.!?]{0,12}\\bround\\b|\\bcome (?:to|round to|round|by|over to) your (?:house|home|place|work|office|door)|\\bknock(?:s|ing|ed)? on (?:your|the) (?:front )?door|\\b(?:stop|come|swing|pop|drop) (?:by|round|over)(?: to| at)? (?:the|your) (?:house|home|place|work|office|flat)\\b|\\bfield (?:reps?|agents?|officers?|team|visit|people|guys|staff)s?\\b|\\b(?:swing|stop|drop|pop)(?:ping|ing)? (?:by|round)\\b|\\b(?:enforcement|bailiff|field)\\b[^.!?]{0,30}\\bknocking\\b|\\b(?:show|turn)(?:ing)? up at your\\b|\\bvisit you at\\b|\\bpay you a visit\\b|\\bswing by\\b|\\bdoorstep\\b|\\bat (?:your|the) door\\b|\\bhurt you\\b")],
  ["intimidation", pattern(`\\b${EN_REGRET}\\b[^.!?]{0,30}\\b(?:if (?:we|they|it|you|someone|somebody|this|things)|for (?:this|it|things) to (?:turn|get|go|end up))\\b`)],
  ["intimidation", pattern("(?:再|要是|如果|真要|真的|非要|还这样|一直这样)[^.!?]{0,16}(?:那|就|可就|那就|那可就|到时候)[^.!?]{0,8}(?:不好看|难看|不好办|不客气|没那么简单|没这么简单|麻烦大了|有(?:你|您)受的|有(?:你|您)好看|吃亏|难堪|不好收场|收不了场)|\\b(?:if|keep|when|once)\\b[^.!?]{0,40}\\b(?:it'll|it will|things will|things'll|you'll|it's gonna|it is going to|it's going to|things are gonna) (?:get|be|become|turn) (?:very |really |pretty |a lot |much )?(?:messy|ugly|nasty|awkward|embarrassing|unpleasant|worse|painful)\\b|换(?:一拨|一批|个)人(?:来)?(?:跟|和|找)|不是我(?:这样|这么)好说话|(?:您|你)懂我(?:的)?意思吧|(?:你|您)的情况我们(?:这边)?都(?:掌握|清楚|知道)|(?:孩子|儿子|女儿)[^,.!?]{0,8}(?:小学|中学|幼儿园|一小|二小|三小|年级)|路上(?:多)?(?:注意|小心)|丢的(?:可能)?(?:就)?不只是钱|后果自负|走着瞧|你等着|等着瞧|有你好受|吃不了兜着走|看着办|掂量|识相|惹急了|后果不是你|有的是办法|敢不敢|试试|出门[^,.!?]{0,4}(?:注意|小心)|小心点|什么(?:信息)?都查得到|地址我都|闹大|家散|妻离子散|家破人亡|别后悔|会后悔|跟着你丢人|\\b(?:you'll regret|watch your back|or else|see what happens|(?:wanna|want to) find out|you'll be sorry|things (?:will|could) get ugly|(?:gets?|getting|turns?|turning|goes|get) (?:really |very )?ugly|make your life (?:a )?(?:\\w+ )?(?:hell|misery|miserable|difficult)|(?:things|life|it) (?:\\w+ )?(?:get|gets|getting|become|becomes) (?:a (?:whole )?lot |much |a bit |way |a little )?(?:more )?(?:uncomfortable|harder|difficult|worse|messy|complicated) for (?:them|you|people)|don't tend to leave empty-handed|itching to|i swear|lucky it's me|not as nice as me|(?:i|we) know where you (?:live|work)|(?:we|they)(?:'ve)? (?:have|got) your address|you don't want me|you've been warned)\\b")],
  ["prison", pattern("坐牢|判刑|拘留|抓你|抓人|抓起来|被抓|铐走|逮捕|入狱|蹲监狱|蹲大牢|监狱|刑事|犯罪|诈骗罪|信用卡诈骗|(?:你|您)(?:这|这样|这个)?(?:是|属于|构成|涉嫌)[^,.!?]{0,4}(?:诈骗|犯罪|恶意透支)|恶意透支|经侦|报案|立案侦查|通缉|吃牢饭|进局子|警察(?:会|来|上门|找|直接)|公安(?:会|来|找)|\\b(?:jail|prison|(?:in|sitting in) a cell|arrest\\w*|warrant|behind bars|locked up|cops|sheriff|criminal (?:charges?|offen[cs]e|record|case|matter)|(?:get|be|been) charged|press(?:ing)? charges|prosecut\\w*|felony|misdemeanou?r|(?:this|that|it|what you've done|what you did)(?:'s| is| was) (?:fraud|theft|stealing|a crime|criminal)|it's fraud|(?:is|it's|that's) (?:basically |practically |essentially |literally |really )?(?:theft|stealing|fraud)|commit(?:ting|ted)? (?:fraud|a crime|theft)|(?:get|gets|got|getting) (?:picked up|hauled (?:in|off|away)|taken in|nicked|locked up)|hauled (?:in|off|away)|police (?:will|are going to|can|could|take)|fraud team)\\b")],
  ["seizure", pattern("查封|冻结|拍卖|扣(?:你|您)?的?(?:工资|房子|车)|从(?:你|您)?的?工资(?:里)?扣|收走|没收|强制执行|划扣|执行(?:你|您)的?(?:财产|房子)|收房|拖车|\\b(?:garnish\\w*|seiz(?:e|ure)|repossess\\w*|repo|take (?:away )?your (?:house|home|car|property|belongings|wages|paycheck)|take what they need|freeze (?:your|everything)|lock on your (?:bank )?account|levy|bailiffs?|enforcement (?:agents?|officers?)|(?:put|slap) a lien|(?:tak(?:e|es|ing)|deduct(?:s|ing)?) (?:it|money|that|the money|payments?|the payments?) (?:straight |directly |right )?(?:out of|from) your (?:wages|pay(?:check|cheque|slip|packet)?|salary|benefits)|(?:accounts?|wages|assets|cards?) (?:\\w+ ){0,2}(?:frozen|garnished|seized)|(?:paycheck|paycheque|wages|pay packet|salary)\\b[^.!?]{0,30}\\bdisappear\\w*|on a flatbed|(?:get|gets|getting) towed|(?:it's|then it's) your (?:wages|car|house|home)|charge on your (?:house|home|property)|force (?:the )?sale|force entry|lose the (?:house|flat|home))\\b")],
  ["harassment", pattern("打到(?:你|您)接为止|(?:拨|打)(?:上)?(?:几十|上百|十几)(?:遍|次|个)|一个不落|每天(?:都)?(?:给你)?打|天天打|一直打|打爆|轰炸|不停地打|打到你(?:还|接)|二十四小时|\\bcall you (?:every|each) (?:day|hour|morning|night)|\\bkeep (?:calling|ringing) (?:you )?(?:until|till)|\\bwon't stop calling|\\bblow up your phone|\\bcall you day and night")],
];
/** Threats whose own words are negative: "you wouldn't want…", 到时候可就不好看了, 不是我这样好说话. */
const THREAT_IDIOMS =
  /\b(?:wouldn't want|you don't want|don't want (?:them|him|her|your)|don't tend to leave)\b|不好看|不好办|不客气|没那么简单|没这么简单|不只是钱|不是我(?:这样|这么)好说话|不好收场|收不了场|挂不住|过不去/g;
/** Talk about what others wrongly say, or what the law requires, is information, not a threat. */
const POST_NEGATION = /^[^.!?]{0,8}(?:是不|不会|不做|不搞|不干|没有关系|没关系|无关|不影响)/;

/**
 * Threats by concept × pattern, with negation and lawful framing: "我们不会联系您的家人" is a
 * reassurance, "如果您不还我们就告诉您家人" a threat. Seizure and prison talk count as lawful
 * explanation when framed as a possibility or as what the law requires.
 */
export function detectThreats(text: TTurnText): Pick<TTurnAnalysis, "threats" | "reassurances"> & { lawful: string[] } {
  const threats: TTurnAnalysis["threats"] = [];
  const reassurances: TTurnAnalysis["reassurances"] = [];
  const lawful: string[] = [];
  for (const [kind, regex] of THREAT_PATTERNS) {
    const { asserted, negated } = splitHits(text, regex, true, THREAT_IDIOMS);
    for (const hit of negated) reassurances.push({ kind, evidence: evidenceOf(text, hit) });
    for (const hit of asserted) {
      if (POST_NEGATION.test(text.norm.slice(hit.end, hit.sentence.end))) {
        reassurances.push({ kind, evidence: evidenceOf(text, hit) });
        continue;
      }
      const lawfulFraming = ((kind === "seizure" || kind === "prison") && mayBeLawful(text, hit, kind)) || reportsOthers(text, hit);
      if (lawfulFraming) lawful.push(evidenceOf(text, hit));
      else threats.push({ kind, evidence: evidenceOf(text, hit) });
    }
  }
  return { threats: dedupe(threats), reassurances: dedupe(reassurances), lawful };
}

const REGRET = new RegExp(`\\b${EN_REGRET}\\b`);

/**
 * Seizure can follow a judgment anywhere, and in China malicious overdraft can be a crime, so a
 * hedged statement of either may be information. Jail for a consumer debt is never real in the US
 * or the UK, and regret ("I'd hate for your kids to watch the bailiffs") is a threat however hedged.
 */
function mayBeLawful(text: TTurnText, hit: THit, kind: "seizure" | "prison"): boolean {
  if (explainsTheLaw(text, hit)) return true;
  if (REGRET.test(text.norm.slice(hit.sentence.start, hit.sentence.end))) return false;
  if (kind === "prison" && text.language === "en") return false;
  return isHedged(text, hit);
}

function dedupe<T extends { kind: string; evidence: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.kind}\u0000${item.evidence}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
