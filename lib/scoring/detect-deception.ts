import { evidenceOf, findHits } from "./match/find-hits";
import { pattern, words } from "./match/lexicon";
import { splitHits } from "./match/live-hits";
import { explainsTheLaw, isHedged, reportsOthers } from "./match/sentence-markers";
import type { TTurnText } from "./match/turn-text";
import type { TTurnAnalysis } from "./turn-analysis-schema";

type TKind = TTurnAnalysis["deceptions"][number]["kind"];

const POST_NEGATION = /^[^.!?]{0,10}(?:没有关系|没关系|无关|不影响|没有影响|不准确|是不对的)/;
/** Invented consequences are claimed in the negative ("your son won't be able to sit the exam"); only "won't affect" denies them. */
const DENIED_EFFECT = /(?:不会|不|没有|并不|并没有|\b(?:won't|will not|doesn't|does not|not|never))\s?(?:\w+\s)?(?:影响|affect|impact|touch|matter|hurt|show up)[^.!?]{0,24}$/;

const ZH_AUTHORITY = words([
  "法院", "法庭", "公安局", "公安", "派出所", "警察", "警官", "民警", "检察院", "律师事务所", "律所", "律师", "法官", "政府",
  "执法", "经侦", "网警", "调解中心", "仲裁委", "法务部", "法务中心", "法务专员", "司法", "执行局",
]);
const EN_AUTHORITY = "(?:court|police|sheriff'?s?(?: office| department)?|district attorney|attorney general|law firm|law office|attorney|lawyer|legal department|legal division|solicitors?|bailiffs?|enforcement agent|government agency|federal agent|fbi|irs|hmrc|department of justice|magistrate|judge)";

const ZH_BANKS = "(?:银行|招行|工行|建行|农行|中行|交行|广发|浦发|平安|兴业|民生|光大|中信|华夏|邮储)";

const PATTERNS: [TKind, RegExp][] = [
  ["impersonation", pattern(`我(?:其实|实际上|本人|本身|就)是[^,.!?]{0,10}${ZH_AUTHORITY}|(?:我是|我们是|这里是|这边是|我这边是|本人是|我代表|我们代表)[^,.!?]{0,10}${ZH_AUTHORITY}|受[^,.!?]{0,8}${ZH_AUTHORITY}[^,.!?]{0,6}委托|${ZH_AUTHORITY}(?:打来|来电|派我|委托我|让我通知|要求我|通知你|通知您|派驻|派来|的人)|等于[^,.!?]{0,4}(?:跟|和)${ZH_AUTHORITY}|(?:我们|我)就是[^,.!?]{0,4}${ZH_BANKS}|当我是${ZH_BANKS}的人|${ZH_BANKS}内部员工`)],
  ["impersonation", pattern(`\\b(?:i'm|i am|this is|we are|we're|calling from|i'm calling from|i am calling from|on behalf of|representing|here at)\\b[^,.!?]{0,40}?\\b(?:the |a |an |your local )?${EN_AUTHORITY}\\b|\\b(?:this is|i'm|i am) (?:officer|detective|deputy|sergeant|judge) [a-z]|\\bas (?:the|your) (?:attorney|lawyer|solicitor)\\b|\\b(?:the|your) (?:attorney|lawyer|solicitor) on your (?:file|case|account)\\b|\\b(?:financial )?investigations? (?:side|team|unit|department)\\b|\\bwork (?:quite |very )?closely with the police\\b|\\b(?:a|it's a) (?:federal|government|state) (?:program|agency|department)\\b|\\b(?:calling from|this is|i'm with|i am with|on behalf of) (?:the )?(?:state|federal|county|national|government) (?:\\w+ ){0,4}(?:department|agency|bureau|office|commission|division|enforcement)\\b`)],
  ["fake_deadline", pattern("(?:只有|仅限|只限|仅剩|只剩|最迟|只能)[^,.!?]{0,6}(?:今天|今晚|今日|\\d+\\s?点|\\d+\\s?个?小时|这个小时|明天)|截止[^,.!?]{0,4}(?:今天|今晚|明天|\\d+\\s?点)[^,.!?]{0,3}(?:前|之前)|(?:今天|今晚|明天)[^,.!?]{0,4}(?:之前|前|以前)[^.!?]{0,10}(?:否则|不然|过了|过期|作废|就没|机会)|过了今天|最后(?:一次)?机会|最后期限|最后通牒|最后一天[^,.!?]{0,6}(?:受理|协商|办理|机会)|系统(?:一|就|会)?(?:锁定|锁死|关闭)|就没(?:有)?这个机会|最后通知|恢复原价|机会(?:只有|就)(?:一次|这一次)|错过(?:了)?(?:就|这次)|过时不候|\\b(?:only (?:until|till|today|valid until|good until|valid|good|if you agree)|today only|expires? (?:today|tonight|at|by|in \\d)|last chance|final chance|final offer|final notice|one[- ]time offer|offer (?:ends|is only good|won't last)|(?:by|before) \\d+\\s?(?:am|pm|o'clock)? today|within the next \\d+ hours|after today (?:it|the|this|we|you)|won't be available after|(?:offer|discount|waiver|deal) (?:expires|ends|closes|is gone|disappears)|now or never|off the table|(?:can't|cannot) hold (?:it|this|the offer) past|on this call only|only on this call|(?:only|just) (?:on the table|available|good|valid) (?:until|till|for)|(?:really |so )?(?:it )?(?:needs|has) to be today|(?:only|just) (?:lets|allows) me (?:to )?(?:do|hold|keep) (?:that|this|it) for|once we hang up|after (?:this|the) call (?:it|the offer)|do it right now)\\b")],
  ["fake_favour", pattern("我(?:个人|私下|自己)?[^,.!?]{0,3}(?:帮|替|给)(?:你|您)(?:压着|扛着|拦着|顶着|担着|申请了特批|争取了|留着|留了|保住|兜着)|特批|特殊照顾|(?:往后|往下)?压了压|往后压|别人我(?:真|可)?不敢|(?:别|可别|不要)让我难做|破例|名额[^,.!?]{0,8}(?:有限|剩|只有)|只剩[^,.!?]{0,3}名额|内部名额|冒着[^,.!?]{0,4}风险|担着风险|开了绿灯|走后门|看在[^,.!?]{0,6}(?:份上|面子)|私下(?:帮|给)|偷偷|跟领导求情|求了领导|我做主|(?:我|我们)(?:这边)?[^,.!?]{0,3}说了算|百分之百[^,.!?]{0,4}(?:批|通过)|保证[^,.!?]{0,4}(?:批|通过)|包批|肯定能批|\\b(?:(?:i'm|i am|i've been) (?:personally )?(?:holding|keeping) (?:your (?:file|account|case)|it|this|one) (?:back|for you)|hold back the (?:referral|file|case|transfer) personally|holding one for you|making an exception|special exception|one-time exception|quotas? (?:are|is) (?:limited|almost full|running out)|limited (?:number of )?(?:spots|slots|waivers|places)|(?:slots?|spots?|places?) left|pull(?:ed|ing)? (?:some )?strings|(?:go|going|gone|went) out on a limb|held (?:your|the) (?:file|account|case) back|(?:stick(?:ing)?|put(?:ting)?) my neck (?:out|on the line)|begged|bent the rules|this never happens|don't tell anyone|as a (?:personal )?favou?r|i shouldn't (?:be doing|do) this|special deal just for you|guaranteed? (?:to be )?approv\\w*)\\b")],
  ["invented_consequence", pattern("(?:孩子|子女|小孩|儿子|女儿|下一代|后代)[^.!?]{0,12}(?:上学|考公|考编|政审|当兵|参军|入学|读书|考学|升学|高考|前途|受影响|影响)|影响(?:你|您)?(?:的)?(?:孩子|子女|家人|配偶|老婆|老公|全家|三代)|黑名单|(?<!电话|号码|微信|把我)拉黑(?!电话|号码|我)|征信[^,.!?]{0,4}黑了|全国通报|(?:一辈子|这辈子|永远|永久|终身)[^,.!?]{0,6}(?:征信|记录|贷款|买房|坐不了|出不了|贷不了|翻不了身|别想)|征信[^,.!?]{0,6}(?:一辈子|永远|永久|终身|一直)|坐不了(?:高铁|飞机)|(?:高铁|飞机)(?:都)?(?:坐不了|不能坐)|出不了国|出国|办护照|边检|限制出境|丢(?:了)?工作|工作(?:也)?保不住|影响(?:你|您)?(?:的)?(?:工作|升职|前途)|社保[^,.!?]{0,3}(?:冻结|停)|(?:征信|记录)[^,.!?]{0,10}(?:删掉|删除|消除|抹掉|清除|消掉|去掉|洗掉|洗白)|就(?:跟|像|当)没发生过一样|(?:删掉|删除|消除)[^,.!?]{0,6}(?:征信|逾期记录)|(?:你|您)也有份|得(?:你|您)来还|其他银行的卡|\\b(?:blacklist\\w*|black list|(?:ruin|destroy|affect)s? your (?:family|wife|husband|spouse|kids|children)(?:'s)? (?:credit|life|future)|(?:kids|children|son|daughter)(?:'s)? [^.!?]{0,24}(?:school|college|university|exams?|scholarship|future)|civil service|(?:never|will never) (?:be able to )?(?:get|buy|rent|own) (?:a )?(?:house|home|car|mortgage|credit|loan|job)|(?:permanent|forever|for life|rest of your life)[^.!?]{0,20}(?:record|credit|report)|(?:stays?|stay there) forever|go(?:es)? to zero|(?:lose|losing) your (?:job|house|home|visa|kids)|deport\\w*|your visa|immigration|(?:can't|cannot|won't be able to) (?:travel|fly|leave the country)|(?:fire|sack) you|show as paid in full|(?:credit|record|file)(?:'s| is)? (?:back to normal|clean)|(?:wiped|removed|deleted|erased) (?:off|from) your credit|never happened|social services|school places|(?:landlords|schools|employers) (?:do |will )?check with us|it all gets shared|(?:universal credit|benefits) (?:gets|get|will be) stopped|out on the street)\\b")],
  ["improper_payment_channel", pattern("内部通道|(?:转|打|汇|付|还)(?:到|给|进)?(?:我|我的)(?:这个|那个)?(?:个人)?(?:账户|账号|卡|微信|支付宝|银行卡)|个人账户|私人账户|私人微信|加我(?:的)?微信|扫我(?:的)?(?:二维码|码)|(?:收|交|加|付)[^,.!?]{0,10}(?:手续费|服务费|上门费|催收费|保证金|押金|加急费|工本费)|服务费|\\b(?:(?:pay|send|transfer|wire|deposit)\\b[^.!?]{0,20}\\b(?:my|my personal|a personal) (?:account|venmo|paypal|cash ?app|zelle)|gift cards?|(?:processing|convenience|collection|service|admin|administration|handling|set-?up) (?:fee|charge)s?|(?:fees?|charges?) (?:got |were |have been )?added|add (?:that|it|this) (?:on)?to the balance)\\b")],
];

/** Invented facts other than legal process: posing as authorities, fake deadlines and favours, made-up consequences. */
export function detectDeception(text: TTurnText): TTurnAnalysis["deceptions"] {
  const found: TTurnAnalysis["deceptions"] = [];
  for (const [kind, regex] of PATTERNS) {
    // Posing as an authority is denied in the negative ("I'm not a lawyer"); other claims are made in it.
    const hits = kind === "invented_consequence" ? findHits(text, regex) : splitHits(text, regex, kind === "impersonation").asserted;
    for (const hit of hits) {
      if (kind === "invented_consequence" && DENIED_EFFECT.test(text.norm.slice(Math.max(hit.sentence.start, hit.start - 40), hit.start))) continue;
      if (POST_NEGATION.test(text.norm.slice(hit.end, hit.sentence.end)) || reportsOthers(text, hit)) continue;
      // Travel bans after a court judgment are real; stated as that, they are lawful information.
      if (kind === "invented_consequence" && isHedged(text, hit) && explainsTheLaw(text, hit)) continue;
      found.push({ kind, evidence: evidenceOf(text, hit) });
    }
  }
  return found;
}
