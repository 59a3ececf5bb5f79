import { pattern } from "../lexicon/load-lexicon";
import { normaliseText } from "../text/normalise-text";
import { parseAmounts } from "../text/parse-amounts";
import { clauseEvidenceOf, findHits } from "./match/find-hits";
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

const LEFT_TO_CUSTOMER = /方便的话|不是必须|不强求|不勉强|看您自己|看你自己|\b(?:only if you can|if you're able|no obligation|entirely up to you|totally your call|no pressure)\b/;

/** Brushing aside what the customer said ("个个都这么说", "everyone says that"): pressing at a stop moment too. */
export function dismissalWords(agent: TTurnText): string | undefined {
  const dismissal = liveHits(agent, DISMISSAL)[0];
  return dismissal ? clauseEvidenceOf(agent, dismissal) : undefined;
}

/**
 * The words that press at an adapt moment, if any: brushing the hardship aside ("谁不会说",
 * "that's not my problem", "but you still need to") whatever else is said, or asking for money now
 * ("今天能不能先还个三千", "现在就转") unless only asking what could be managed.
 */
export function hardshipPressingWords(agent: TTurnText, request: string | undefined, namedSum: boolean, asksCapacity: boolean): string | undefined {
  const dismissal = dismissalWords(agent);
  if (dismissal) return request ?? dismissal;
  if (request === undefined) return undefined;
  // "手头方便的话先还一点,不是必须的", "only if you can": left to the customer, it presses for nothing.
  // …unless it names more than a token sum or carries a consequence ("three thousand today if you're able, or it goes to legal").
  const asked = normaliseText(request);
  const tokenOnly = !namedSum || /哪怕|一点|\b(?:even (?:just )?|just )(?:a little|something|a few)\b/.test(asked);
  if (LEFT_TO_CUSTOMER.test(asked) && tokenOnly && !/\bor (?:it|we|else)\b|否则|不然/.test(asked)) return undefined;
  NOW.lastIndex = 0;
  return NOW.test(normaliseText(request)) && (namedSum || !asksCapacity) ? request : undefined;
}
