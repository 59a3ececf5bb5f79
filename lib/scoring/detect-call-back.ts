import { evidenceOf, findHits } from "./match/find-hits";
import { liveHits } from "./match/live-hits";
import { pattern } from "../lexicon/load-lexicon";
import type { TTurnText } from "./match/turn-text";
import type { TTurnAnalysis } from "./turn-analysis-schema";

const REQUEST = pattern("call-back.request");
const CONTACT = pattern("call-back.contact");
const FAREWELL = pattern("call-back.farewell");

/** The collector closing the call ("再见", "have a good night"). */
export const saysFarewell = (text: TTurnText) => findHits(text, FAREWELL).length > 0;

/** A request to call back, and whether the agent leaves a way to do it. */
export function detectCallBack(text: TTurnText): TTurnAnalysis["callBack"] {
  // "以后我们不会再联系您同事" promises not to call; it asks nothing of the customer.
  const requests = liveHits(text, REQUEST);
  const contacts = findHits(text, CONTACT);
  return {
    requested: requests.length > 0,
    leavesContact: contacts.length > 0,
    evidence: [...new Set([...requests, ...contacts].map((hit) => evidenceOf(text, hit)))],
  };
}
