import type { TCallContext } from "../call-context";
import { explainsTheLaw, reportsOthers } from "../match/sentence-markers";
import type { TTurnText } from "../match/turn-text";
import { isViolation, type TFinding } from "../report-schema";
import type { TLearnedCategory } from "./learned-reader-schema";
import { evidenceOf, readLearned } from "./read-learned";

/** What the rules read in the same turn that the learned reader, reading words alone, cannot weigh. */
export type TRulesReading = {
  listenerIsConsumer: boolean;
  /** A question leaving the figure to the customer ("您今天能先还多少?", "how much could you manage, by Friday?"). */
  asksWhatTheyCanPay: boolean;
  /** An offer the rules checked against the case file and found within policy. */
  offersWithinPolicy: boolean;
  /** The turn tells the customer there is no hurry ("今天不急,您慢慢说", "take your time"). */
  defersPayment: boolean;
};

/**
 * What the learned reader adds to the rules' findings on a turn: only categories the rules did not
 * find there, so it never overrides or duplicates them, and never where the rules have a reading of
 * their own that the words alone cannot overturn:
 * - warmth and options count only in a turn with no serious fault, as for the rules;
 * - a disclosure only when someone other than the consumer may hear;
 * - pressure neither at a stop moment (the rules weigh every pressing word there), nor in a question
 *   that leaves the figure to the customer (weighed against stated means), nor in a turn that takes
 *   money off the table for now;
 * - no lie in an offer the rules checked against the case file, and neither threat nor lie in a turn
 *   that explains the law ("it can only go to court after…") or debunks what others say ("nobody goes
 *   to prison for a card; that's a myth").
 */
export function learnedAdditions(text: TTurnText, context: TCallContext, ruled: readonly TFinding[], rules: TRulesReading): { category: TLearnedCategory; evidence: string }[] {
  const readings = readLearned(text, context).filter((reading) => !ruled.some((finding) => finding.category === reading.category));
  if (readings.length === 0) return [];
  const serious = ruled.some((finding) => isViolation(finding.category) && (finding.severity === "major" || finding.severity === "critical"));
  const corrects = () =>
    text.sentences.some((sentence) => {
      const whole = { ...sentence, sentence, clause: sentence };
      return explainsTheLaw(text, whole) || reportsOthers(text, whole);
    });
  const setAside: Record<TLearnedCategory, () => boolean> = {
    pressure: () => context.mustStop.length > 0 || rules.asksWhatTheyCanPay || rules.defersPayment,
    deception: () => rules.offersWithinPolicy || corrects(),
    threat: corrects,
    abuse: () => false,
    third_party_disclosure: () => rules.listenerIsConsumer,
    empathy: () => serious,
    options_offered: () => serious,
  };
  return readings.filter((reading) => !setAside[reading.category]()).map(({ category }) => ({ category, evidence: evidenceOf(text, category) }));
}
