import { pattern } from "../lexicon/load-lexicon";
import { normaliseText } from "../text/normalise-text";
import { parseAmounts } from "../text/parse-amounts";
import { findHits } from "./match/find-hits";
import { liveHits } from "./match/live-hits";
import { buildTurnText, type TTurnText } from "./match/turn-text";
import type { TLanguage } from "../transcript/transcript-schema";

const HARDSHIP = pattern("adapt-moment.hardship");
const MEANS = pattern("adapt-moment.means");
const NO_MEANS = pattern("adapt-moment.no-means");
const DISMISSAL = pattern("adapt-moment.dismissal");
const NOW = pattern("adapt-moment.now");

/** Hardship said by the customer (illness, job loss, a failed business): an adapt moment, not a stop. */
export const findsHardship = (customer: TTurnText) => liveHits(customer, HARDSHIP).length > 0;
export const tellsOfHardship = (said: string, language: TLanguage) => findsHardship(buildTurnText(said, language));

/**
 * The most the customer says they can pay ("每个月最多只能还五百", "the most I can do is fifty a
 * month"): the first sum after the phrase in its sentence, else the last one before it.
 */
export function findStatedMeans(customer: TTurnText): number | undefined {
  if (findHits(customer, NO_MEANS).length > 0) return 0;
  const hits = liveHits(customer, MEANS);
  if (hits.length === 0) return undefined;
  const amounts = parseAmounts(customer.norm, { smallSums: true });
  for (const hit of hits) {
    const inSentence = amounts.filter((amount) => amount.start >= hit.sentence.start && amount.end <= hit.sentence.end);
    const after = inSentence.find((amount) => amount.start >= hit.start);
    const before = inSentence.filter((amount) => amount.end <= hit.start).at(-1);
    const named = after ?? before;
    if (named) return named.value;
  }
  return undefined;
}

/**
 * At an adapt moment, naming a sum to pay now ("今天能不能先还个三千"), telling them to pay at once
 * ("现在就转") or talking over what they said ("那也得先把最低还款还上", "but you still need to")
 * presses. Asking what they could manage, or proposing a plan with a later date, does not.
 */
export function pressesThroughHardship(agent: TTurnText, request: string, namedSum: boolean, asksCapacity: boolean): boolean {
  NOW.lastIndex = 0;
  const now = NOW.test(normaliseText(request));
  return liveHits(agent, DISMISSAL).length > 0 || (now && (namedSum || !asksCapacity));
}
