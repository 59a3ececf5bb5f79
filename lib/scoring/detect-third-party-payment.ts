import { pattern } from "../lexicon/load-lexicon";
import { clauseEvidenceOf } from "./match/find-hits";
import { liveHits } from "./match/live-hits";
import type { TTurnText } from "./match/turn-text";

const ASK_TO_PAY = pattern("third-party.ask-to-pay");

/** Asking the person on the line to pay someone else's debt. */
export const detectThirdPartyPayment = (text: TTurnText) => liveHits(text, ASK_TO_PAY).length > 0;

const CONTACTS = pattern("third-party.contacts");

/** Demanding relatives' or colleagues' contact details, e.g. "as proof of sincerity". */
export const detectContactsDemand = (text: TTurnText) => contactsDemandWords(text) !== undefined;

/** The words that demand the numbers: what a finding about it quotes. */
export function contactsDemandWords(text: TTurnText): string | undefined {
  const hit = liveHits(text, CONTACTS).find((each) => !REMOVED.test(text.norm.slice(each.sentence.start, each.sentence.end)));
  return hit ? clauseEvidenceOf(text, hit) : undefined;
}

/** A number taken off the records ("把单位电话从联系记录里删掉了") is the opposite of asking for one. */
const REMOVED = /删掉|删除|去掉|不再(?:打|联系)|\b(?:removed?|deleted?|taken off|take (?:it|them) off)\b/;
