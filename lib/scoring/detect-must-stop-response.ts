import { pattern } from "../lexicon/load-lexicon";
import { findHits } from "./match/find-hits";
import { isNegated } from "./match/is-negated";
import type { TTurnText } from "./match/turn-text";
import type { TTurnAnalysis } from "./turn-analysis-schema";

const ACKNOWLEDGE = pattern("stop-response.acknowledge");
const ROUTE = pattern("stop-response.route");
const PAUSE = pattern("stop-response.pause");

/** How the turn answers an active must-stop moment: acknowledged, route explained, pressing paused. */
export function detectMustStopResponse(text: TTurnText): TTurnAnalysis["mustStop"]["response"] {
  return {
    acknowledged: findHits(text, ACKNOWLEDGE).length > 0,
    explainedRoute: findHits(text, ROUTE).length > 0,
    // Pause phrases carry their own negation (先不谈, "no rush"); only a negator before them cancels.
    paused: findHits(text, PAUSE).some((hit) => !isNegated(text, hit)),
  };
}
