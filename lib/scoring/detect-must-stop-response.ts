import { pattern } from "./match/lexicon";
import { findHits } from "./match/find-hits";
import { isNegated } from "./match/is-negated";
import type { TTurnText } from "./match/turn-text";
import type { TTurnAnalysis } from "./turn-analysis-schema";

const ACKNOWLEDGE = pattern(
  "理解|明白|抱歉|遗憾|难过|节哀|保重|记录|备注|收到|好的|了解|\\b(?:understand|sorry|condolences|noted|i've (?:noted|recorded|made a note)|i'll (?:note|record|make a note)|thank you for (?:telling|letting)|of course|absolutely|that's (?:fine|okay|ok))\\b",
);
const ROUTE = pattern(
  "核实|调查|提交[^,.!?]{0,4}(?:材料|证明|申请)|书面|异议|申诉|投诉渠道|律师[^,.!?]{0,3}(?:的)?(?:联系方式|电话|姓名)|通过(?:您的)?律师|与(?:您的)?律师|破产[^,.!?]{0,4}(?:案号|信息|材料|管理人)|专门(?:的)?(?:团队|部门|小组)|转给|不再(?:给您|给你)?(?:打|致电|联系)|停止(?:致电|联系)|心理|热线|\\b(?:validation (?:notice|letter)|verif(?:y|ication)|investigat\\w*|in writing|dispute (?:form|process|team)|send you (?:a|the) (?:notice|letter|details|information)|attorney's (?:name|contact|details|number)|(?:through|with|contact) your (?:attorney|lawyer|solicitor)|stop (?:calling|contacting)|won't (?:call|contact)|no further calls|update (?:your|our) (?:records|contact preferences)|case number|trustee|specialist team|support team|samaritans|helpline|crisis line|988|vulnerable customers? team)\\b",
);
const PAUSE = pattern(
  "暂停|先不(?:谈|催|说|用)|不急|暂缓|停催|先放一放|今天不谈|不用(?:现在)?还|暂时不|\\b(?:pause\\w*|(?:put|place)[^.!?]{0,20}on hold|hold off|no pressure|no rush|take your time|breathing space|don't need to (?:pay|worry about)|won't ask (?:you )?for (?:a )?payment|(?:stop|suspend) (?:collection|contact|calls))\\b",
);

/** How the turn answers an active must-stop moment: acknowledged, route explained, pressing paused. */
export function detectMustStopResponse(text: TTurnText): TTurnAnalysis["mustStop"]["response"] {
  return {
    acknowledged: findHits(text, ACKNOWLEDGE).length > 0,
    explainedRoute: findHits(text, ROUTE).length > 0,
    // Pause phrases carry their own negation (先不谈, "no rush"); only a negator before them cancels.
    paused: findHits(text, PAUSE).some((hit) => !isNegated(text, hit)),
  };
}
