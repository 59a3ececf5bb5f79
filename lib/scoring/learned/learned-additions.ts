import type { TCallContext } from "../call-context";
import type { TTurnText } from "../match/turn-text";
import { isViolation, type TFinding } from "../report-schema";
import { explainsTheLaw, reportsOthers } from "../match/sentence-markers";
import type { TLearnedCategory } from "./learned-reader-schema";
import { groundsOf, readLearned } from "./read-learned";

const MISSTATEMENTS = new Set<TLearnedCategory>(["threat", "deception"]);

/**
 * What the learned reader adds to the rules' findings on a turn: only categories the rules did not
 * find there, so it never overrides or duplicates them. Warmth and options count only in a turn with
 * no serious fault (as for the rules); a disclosure only when someone other than the consumer may hear.
 * Asking what the customer can pay, leaving the figure to them ("您今天能先还多少?", "how much could you
 * manage, and could you do that by Friday?"), is a question the rules weigh themselves, at stop and adapt moments and against stated means: their silence on it
 * is a reading, not a gap, so the learned reader does not call it pressure. Likewise a threat or a lie
 * read in a sentence that explains the law ("it can only go to court after…") or debunks what others
 * say ("nobody goes to prison for a card; that's a myth") is the correction the rules recognise.
 */
export function learnedAdditions(
  text: TTurnText,
  context: TCallContext,
  ruled: readonly TFinding[],
  turn: { listenerIsConsumer: boolean; asksWhatTheyCanPay: boolean },
): { category: TLearnedCategory; evidence: string }[] {
  const serious = ruled.some((finding) => isViolation(finding.category) && (finding.severity === "major" || finding.severity === "critical"));
  return readLearned(text, context)
    .filter((reading) => !ruled.some((finding) => finding.category === reading.category))
    .filter((reading) => !(reading.category === "pressure" && turn.asksWhatTheyCanPay))
    .filter((reading) =>
      reading.category === "third_party_disclosure" ? context.listener.party !== "debtor" && !turn.listenerIsConsumer : isViolation(reading.category) || !serious,
    )
    .map(({ category }) => ({ category, grounds: groundsOf(text, context, category) }))
    .filter(({ category, grounds }) => !(MISSTATEMENTS.has(category) && (explainsTheLaw(text, grounds.clause) || reportsOthers(text, grounds.clause))))
    .map(({ category, grounds }) => ({ category, evidence: grounds.evidence }));
}
