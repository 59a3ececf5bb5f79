import { clauseEvidenceOf } from "./match/find-hits";
import { pattern } from "../lexicon/load-lexicon";
import { liveHits } from "./match/live-hits";
import type { TTurnText } from "./match/turn-text";

const BORROW_OR_SELL = pattern("pressure.borrow-or-sell");
const LUMP_SUM = pattern("pressure.lump-sum");
const DEADLINE = pattern("pressure.deadline-demand");

/** Pushing the customer to borrow or sell, to pay everything at once, or to pay by a near deadline. */
export function detectPressure(text: TTurnText): { borrowOrSell: string[]; lumpSum: string[]; deadline: string[] } {
  return {
    borrowOrSell: liveHits(text, BORROW_OR_SELL).map((hit) => clauseEvidenceOf(text, hit)),
    lumpSum: liveHits(text, LUMP_SUM).map((hit) => clauseEvidenceOf(text, hit)),
    deadline: liveHits(text, DEADLINE).map((hit) => clauseEvidenceOf(text, hit)),
  };
}
