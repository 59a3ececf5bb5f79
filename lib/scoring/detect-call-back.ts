import { evidenceOf, findHits } from "./match/find-hits";
import { pattern } from "./match/lexicon";
import type { TTurnText } from "./match/turn-text";
import type { TTurnAnalysis } from "./turn-analysis-schema";

const REQUEST = pattern(
  "回(?:个)?电(?:话)?|回拨|(?:给我们|给我)(?:回|打)(?:个)?电话|转告(?:他|她)|让(?:他|她)[^,.!?]{0,4}(?:联系我们|联系我|回电|回个电话|打给|打电话)|方便的时候[^,.!?]{0,6}联系|\\b(?:call (?:me|us) back|return (?:my|our|the) call|give (?:me|us) a (?:call|ring)|(?:ask|have|tell) (?:him|her|them) (?:to )?(?:call|contact|ring|get in touch)|call back|get back to (?:me|us)|reach (?:me|us) (?:at|on))\\b",
);
const CONTACT = pattern(
  "(?:电话|号码|热线|分机|工号)(?:是)?[:\\s]?[\\d-]{3,}|\\d{3,4}[- ]?\\d{3,4}[- ]?\\d{3,4}|\\b(?:my (?:number|direct line|extension) is|our (?:number|hotline|phone number) is|you can reach (?:me|us)|extension \\d+)\\b",
);

/** A request to call back, and whether the agent leaves a way to do it. */
export function detectCallBack(text: TTurnText): TTurnAnalysis["callBack"] {
  const requests = findHits(text, REQUEST);
  const contacts = findHits(text, CONTACT);
  return {
    requested: requests.length > 0,
    leavesContact: contacts.length > 0,
    evidence: [...new Set([...requests, ...contacts].map((hit) => evidenceOf(text, hit)))],
  };
}
