import { pattern } from "../lexicon/load-lexicon";
import { findHits } from "./match/find-hits";
import { isNegated } from "./match/is-negated";
import { buildTurnText, type TTurnText } from "./match/turn-text";
import type { TTurnAnalysis } from "./turn-analysis-schema";

const ACKNOWLEDGE = pattern("stop-response.acknowledge");
const ROUTE = pattern("stop-response.route");
const PAUSE = pattern("stop-response.pause");
const OWN_OFFER = pattern("stop-response.own-offer");

/** How the turn answers an active must-stop moment: acknowledged, route explained, pressing paused. */
export function detectMustStopResponse(text: TTurnText): TTurnAnalysis["mustStop"]["response"] {
  return {
    acknowledged: findHits(text, ACKNOWLEDGE).length > 0,
    explainedRoute: findHits(text, ROUTE).length > 0,
    // Pause phrases carry their own negation (先不谈, "no rush"); only a negator before them cancels.
    paused: findHits(text, PAUSE).some((hit) => !isNegated(text, hit)),
  };
}

/**
 * At a partial dispute, whether the words that would press take up the customer's own offer instead
 * ("so I'll note the £200 you offered for the part you agree with"), in a turn that puts the disputed
 * part on hold: that is the right handling, not pressing for the disputed sum.
 */
export function takesUpOwnOffer(text: TTurnText, words: string): boolean {
  if (!findHits(text, PAUSE).some((hit) => !isNegated(text, hit))) return false;
  const quoted = buildTurnText(words, text.language);
  return findHits(quoted, OWN_OFFER).some((hit) => !isNegated(quoted, hit));
}
