import type { THit } from "./find-hits";
import type { TTurnText } from "./turn-text";

/** Modal or legal framing that makes a consequence a possibility stated truthfully. */
const HEDGE =
  /可能|或许|也许|有权|有可能|不排除|依法|根据(?:合同|协议|法律|规定|约定)|(?:按照?|依照)(?:合同|协议|约定|规定)|视情况|会考虑|可以选择|将来|\b(?:would (?:first )?have to|would need to|if (?:a|the) \w+ (?:were|was) ever)\b|\b(?:may|might|could|can decide|has the right|have the right|is entitled|are entitled|as the agreement allows|under the (?:agreement|terms|contract)|possible|possibly|potentially|in some cases|option to|would have to|eventually|consider)\b/;
/** A set time soon: what turns a possible step into an invented, imminent one. */
const IMMINENT =
  /今天|今晚|今日|明天|明早|马上|立刻|立即|随时|下周|这周|本周|这两天|过两天|下个月|月底前|\d+\s?点|小时内|分钟内|下班前|中午前|本周内|这周|\b(?:today|tonight|tomorrow|this afternoon|this evening|right now|immediately|this (?:afternoon|week|morning)|next week|(?:by|on|this|next) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|within (?:the next )?(?:\d+|an?|one|two|few|24|48) (?:hours?|minutes?)|by (?:\d+|noon|midnight|end of (?:the )?day|close of business|the end of today)|at \d+\s?(?:am|pm|o'clock)?|first thing)\b/;
const COMPLETED = /已经|已|刚刚|刚|正在|准备好|\b(?:already|has been|have been|was|were|is being|are being|just|now been|has|have)\b/;
const CONDITIONAL =
  /如果|要是|假如|再不|不还|不处理|否则|不然|的话|再这样|\b(?:if you (?:don't|do not|can't|cannot|won't|fail)|unless|or else|otherwise|failure to|if (?:this|it|the (?:balance|account|debt)) (?:isn't|is not|remains|stays))\b/;
const LAWFUL_EXPLANATION =
  /只有|才|需要满足|条件|民事|并非|不是刑事|判决后|经过法院|\b(?:only if|only when|only after|only (?:comes|happens|starts|applies|kicks in) (?:after|if|when)|can(?:'t|not) (?:be taken|go) to court|would (?:first )?have to|would need (?:a|to)|first have to|only get involved|can only|only be involved|no court action|none (?:is )?planned|nothing (?:has been|is) (?:filed|planned)|requires?|civil matter|not a crime|not criminal|after (?:they|a court|the court|the creditor) (?:win|wins|grant|grants|gets?)|court order|nowhere near|no lawsuit|there isn't one|isn't one)\b/;
/** Quoting or debunking what others say ("有的催收会说坐牢…那都是违规的", "if someone claims to be the court"). */
const REPORTED =
  /之前那家|上一家|之前的催收|以前的催收|\b(?:bailiffs?|court|prison|jail|police|visit|arrest|lawsuit|sheriff)(?:'s)? (?:comment|remark|threat|talk|story)s?\b|\b(?:the previous (?:agency|collector|company)|the last (?:agent|guy|person|collector|company))\b|(?:不会|不想|不用|没必要)(?:吓唬|吓)(?:你|您)|\b(?:won't|not going to|i'm not gonna) (?:scare|frighten|threaten) you\b|有的催收|有的人|有人(?:说|会说|跟您说|打电话(?:自称|说))|(?:外头|外面|外边|别人|人家)(?:都)?(?:说|传)|(?:那|这)(?:话|说法)不对|自称|说什么|这种话|这种说法|说法|违规|不是正规|别信|不要信|千万别|都是诈骗|诈骗电话|防范诈骗|谨防诈骗|谣言|瞎传|乱传|传言|网上说的|瞎说的|没这回事|不是真的|不准确|都不对|所谓|\b(?:sorry|apologi[sz]e)\b[^.!?]{0,20}\byou (?:were|was|'ve been|have been|got) told\b|\b(?:should never have been|shouldn't have been) (?:said|told|mentioned)\b|\b(?:some collectors|anyone who|if someone|if anybody|if anyone|scam|not true|myth|rumou?r|that's not how it works|isn't true|is false)\b/;

const sentenceOf = (text: TTurnText, hit: THit) => text.norm.slice(hit.sentence.start, hit.sentence.end);

export const isHedged = (text: TTurnText, hit: THit) => HEDGE.test(sentenceOf(text, hit));
/**
 * A set time near the step it times ("起诉…明天", "court at 4 pm today"), not anywhere in a long
 * sentence, and not one denied on the way ("nothing like that is scheduled right now").
 */
export function isImminent(text: TTurnText, hit: THit): boolean {
  const from = Math.max(hit.sentence.start, hit.start - 30);
  const to = Math.min(hit.sentence.end, hit.end + 50);
  const match = IMMINENT.exec(text.norm.slice(from, to));
  if (!match) return false;
  const at = from + match.index;
  const between = at > hit.end ? text.norm.slice(hit.end, at) : text.norm.slice(at, hit.start);
  return !DENIED_BETWEEN.test(between);
}
const DENIED_BETWEEN = /\b(?:nothing|no|not|isn't|aren't|won't|never)\b|没有|不会|并不|不是/;
/** Said as done or under way after the step: "the lawsuit's already been filed", 诉讼已经…. */
const COMPLETED_AFTER =
  /^[^,.!?]{0,2}(?:已经|已|正在)|^(?:'s| is| has| have| was)? ?(?:already |just |now )?(?:been |being )?(?:filed|issued|started|sent|lodged|submitted|approved|signed|drafted|served|in motion|underway|under way)\b/;
export const isCompleted = (text: TTurnText, hit: THit) =>
  COMPLETED.test(text.norm.slice(Math.max(hit.sentence.start, hit.start - 24), hit.start)) || COMPLETED_AFTER.test(text.norm.slice(hit.end, hit.sentence.end));
export const isConditional = (text: TTurnText, hit: THit) => CONDITIONAL.test(sentenceOf(text, hit));
export const explainsTheLaw = (text: TTurnText, hit: THit) => LAWFUL_EXPLANATION.test(sentenceOf(text, hit));
export const reportsOthers = (text: TTurnText, hit: THit) => REPORTED.test(sentenceOf(text, hit));
