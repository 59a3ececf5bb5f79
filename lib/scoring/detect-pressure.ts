import { clauseEvidenceOf } from "./match/find-hits";
import { pattern } from "../lexicon/load-lexicon";
import { liveHits } from "./match/live-hits";
import type { TTurnText } from "./match/turn-text";

const BORROW_OR_SELL = pattern("pressure.borrow-or-sell");
const FAMILY_PAYS = pattern("pressure.family-pays");
const LUMP_SUM = pattern("pressure.lump-sum");
const DEADLINE = pattern("pressure.deadline-demand");
const HARDSHIP_DISMISSED = pattern("pressure.hardship-dismissed");
const DISPUTE_OVERRIDDEN = pattern("pressure.dispute-overridden");

/** A lump sum set aside as out of reach ("if a lump sum isn't realistic", 一次性还清不现实的话): the way to a plan. */
const RULED_OUT_AFTER =
  /^[^.!?,]{0,20}(?:isn't|is not|'s not|not (?:realistic|possible|doable|an option|manageable)|won't work|doesn't work|out of the question|不现实|不太现实|有困难|拿不出|做不到|不可能)/;
const RULED_OUT_BEFORE = /\b(?:no need for|instead of|rather than|without|don't need)\b[^.!?]{0,10}$|不用|不必|不需要/;

/** Borrowing named as the trap it is ("借来还去只会更难", "that only digs the hole deeper"): a warning against it. */
const WARNED_AGAINST_AFTER =
  /^[^.!?]{0,8}(?:只会|会更|越滚越|得不偿失|不划算|更麻烦|更难|更糟|是个坑|窟窿越|\b(?:only makes?|would only make|will only make|makes? (?:it|things) worse|digs? (?:the|a) (?:hole )?deeper|is a trap|isn't worth it)\b)/;

/** A lender's name alone: in "还有别的要还的吗?比如花呗、借呗" it asks what else is owed, it pushes no loan. */
const LENDER_NAMED = /^(?:花呗|借呗|微粒贷|白条|网贷|信用贷|小贷|payday loans?|title loans?)$/;

/** Pushing the customer to borrow or sell, to pay everything at once, or to pay by a near deadline. */
export function detectPressure(text: TTurnText, asksOtherDebts: boolean): { borrowOrSell: string[]; familyPays: string[]; lumpSum: string[]; deadline: string[] } {
  const borrowing = (regex: RegExp) =>
    liveHits(text, regex)
      .filter((hit) => !(LENDER_NAMED.test(text.norm.slice(hit.start, hit.end)) && asksOtherDebts))
      .filter((hit) => !WARNED_AGAINST_AFTER.test(text.norm.slice(hit.end, hit.sentence.end)));
  const proper = borrowing(BORROW_OR_SELL);
  const family = borrowing(FAMILY_PAYS);
  return {
    borrowOrSell: [...proper, ...family].sort((a, b) => a.start - b.start).map((hit) => clauseEvidenceOf(text, hit)),
    familyPays: family.map((hit) => clauseEvidenceOf(text, hit)),
    lumpSum: liveHits(text, LUMP_SUM)
      .filter((hit) => !RULED_OUT_AFTER.test(text.norm.slice(hit.end, hit.sentence.end)) && !RULED_OUT_BEFORE.test(text.norm.slice(hit.clause.start, hit.start)))
      .map((hit) => clauseEvidenceOf(text, hit)),
    deadline: liveHits(text, DEADLINE).map((hit) => clauseEvidenceOf(text, hit)),
  };
}

/** The collector's own words name the hardship and brush it aside ("困难不是不还钱的理由", "being ill isn't a reason not to pay"). */
export function hardshipDismissedWords(text: TTurnText): string | undefined {
  const hit = liveHits(text, HARDSHIP_DISMISSED)[0];
  return hit ? clauseEvidenceOf(text, hit) : undefined;
}

/** The collector names the customer's dispute and asks for payment anyway ("先把钱还了,回头再查", "pay it, then dispute it"). */
export function disputeOverriddenWords(text: TTurnText): string | undefined {
  const hit = liveHits(text, DISPUTE_OVERRIDDEN)[0];
  return hit ? clauseEvidenceOf(text, hit) : undefined;
}
