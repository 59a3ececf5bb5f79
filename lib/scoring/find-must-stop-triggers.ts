import { buildTurnText } from "./match/turn-text";
import { pattern } from "./match/lexicon";
import { liveHits } from "./match/live-hits";
import { findHits } from "./match/find-hits";
import type { TLanguage } from "../transcript/transcript-schema";
import type { TMustStopTrigger } from "./turn-analysis-schema";

const TRIGGERS: [TMustStopTrigger, RegExp][] = [
  ["dispute", pattern("不是我的(?:卡|债|欠款|账|钱)|我(?:没有|从来没|从没|根本没)(?:欠|办过|申请过|用过|刷过)|(?:没|沒)刷过|不是我刷的|我没欠|金额不对|数目不对|账不对|有异议|提出异议|不认|不承认|被盗刷|盗刷|冒用|冒名|身份被|我已经还(?:清|了)|早就还了|(?:我|早就|已经)[^,.!?]{0,3}还清了|转账记录|投诉|\\b(?:not my (?:debt|account|card)|(?:i|we) (?:don't|do not) owe|i dispute|disput\\w*|i never (?:opened|had|signed|used|took out)|that's not (?:mine|my)|isn't mine|(?:this|it|that) (?:isn't|is not|wasn't) (?:mine|me)|identity theft|fraudulent|fraud\\b|(?:isn't|is not|wasn't|not) my (?:charge|purchase|transaction)|i never (?:bought|made|authori[sz]ed|ordered)|(?:has |is )?nothing to do with me|never had (?:a|an|any) (?:\\w+ )?(?:card|account|loan) (?:with|from)|somebody opened|someone opened|police report|already paid|paid (?:it|this|that|the) ?(?:card|balance|account)? off|wrong (?:amount|person)|(?:amount|balance) is wrong|never heard of (?:this|that) (?:debt|account)|validat\\w*|verification of (?:the|this) debt|proof (?:that )?i owe)\\b")],
  ["lawyer", pattern("律师|lawyer|\\b(?:my (?:attorney|lawyer|solicitor)|(?:an? )?(?:attorney|lawyer|solicitor)(?:'s)? (?:is )?(?:dealing|handling|drafting)|(?:i have|i've got|i hired|i've hired|i retained) (?:an? )?(?:attorney|lawyer|solicitor)|represented by|stepchange|debt management plan|\\bdmp\\b|debt advis[eo]r|payplan|national debtline)\\b")],
  ["stop_contact", pattern("别再打|不要再打|不要再联系|别再联系|不要打(?:了|来)|不要(?:再)?给我打|别(?:再)?给我打|别打了|停止(?:联系|催收|打电话)|再打我就|\\b(?:stop (?:calling|contacting|phoning|ringing)|(?:don't|do not) (?:call|contact|phone|ring) (?:me|here)|cease (?:all )?(?:contact|communication)|leave me alone|remove my number|no more calls|(?:contact|communicate|write to) me (?:only )?in writing|only (?:want )?(?:contact )?in writing|in writing only)\\b")],
  ["bankruptcy", pattern("破产|\\b(?:bankrupt\\w*|chapter (?:7|13|seven|thirteen)|insolven\\w*|iva|debt relief order|dro)\\b")],
  ["vulnerability", pattern("去世|过世|(?:爸|妈|父亲|母亲|老公|老婆|丈夫|妻子|爱人|孩子|儿子|女儿|爷爷|奶奶|外婆|外公)[^,.!?]{0,8}没了|撑不住|扛不住|睡不着|(?:爸|妈|父亲|母亲|老公|老婆|丈夫|妻子|孩子|儿子|女儿|爷爷|奶奶|外婆|外公)[^,.!?]{0,6}走(?![不开得])(?:了)?|葬礼|丧事|癌|住院|化疗|手术|重病|病危|病着|生病|陪护|icu|不想活|想死|活不下去|自杀|抑郁|崩溃|焦虑症|精神|心脏病|中风|瘫痪|绝症|\\b(?:passed (?:away|on)|(?:wife|husband|partner|mum|mom|mother|dad|father|son|daughter|child|brother|sister|nan|gran|grandma|grandad|grandpa) (?:\\w+ )?passed|lost my (?:wife|husband|partner|mum|mom|mother|dad|father|son|daughter|child|baby|brother|sister)|died|radiation|radiotherapy|dialysis|(?:not|haven't|hasn't) (?:been )?in a good place|on (?:tablets|medication|meds|antidepressants)|can't get out of bed|signed off (?:work|sick)|off sick|in treatment|treatment for|death|funeral|bereave\\w*|cancer|chemo\\w*|hospital\\w*|terminal|stroke|heart attack|seriously ill|surgery|can't go on|end(?:ing)? it(?: all)?|dark place|don't want to (?:live|be here)|suicid\\w*|kill myself|depress\\w*|breakdown|panic attacks?|panicky|mental health|sectioned|dementia|widow\\w*|can barely (?:think|get out of bed|cope))\\b")],
];

/** Triggers whose own words carry a negation (不想活, "don't call me"), so a negator cannot cancel them. */
const SELF_NEGATING = new Set<TMustStopTrigger>(["dispute", "stop_contact", "vulnerability"]);

/** Must-stop moments said by the customer: dispute, lawyer, stop contacting, bankruptcy, vulnerability. */
export function findMustStopTriggers(customerText: string, language: TLanguage): TMustStopTrigger[] {
  const text = buildTurnText(customerText, language);
  return TRIGGERS.filter(([trigger, regex]) => (SELF_NEGATING.has(trigger) ? findHits(text, regex) : liveHits(text, regex)).length > 0).map(
    ([trigger]) => trigger,
  );
}
