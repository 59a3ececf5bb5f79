import { buildTurnText, type TTurnText } from "./match/turn-text";
import { pattern } from "../lexicon/load-lexicon";
import { liveHits } from "./match/live-hits";
import { findHits } from "./match/find-hits";
import type { TLanguage } from "../transcript/transcript-schema";
import type { TMustStopTrigger } from "./turn-analysis-schema";

const TRIGGERS: [TMustStopTrigger, RegExp][] = [
  ["dispute", pattern("stop-moment.dispute")],
  ["lawyer", pattern("stop-moment.lawyer")],
  ["stop_contact", pattern("stop-moment.stop-contact")],
  ["bankruptcy", pattern("stop-moment.bankruptcy")],
  ["crisis", pattern("stop-moment.crisis")],
  ["bereavement", pattern("stop-moment.bereavement")],
];

/** Triggers whose own words carry a negation (不想活, "don't call me"), so a negator cannot cancel them. */
const SELF_NEGATING = new Set<TMustStopTrigger>(["dispute", "stop_contact", "crisis", "bereavement"]);

/** Stop moments said by the customer: dispute, lawyer, stop contacting, bankruptcy, crisis, bereavement. */
export function mustStopTriggersIn(text: TTurnText): TMustStopTrigger[] {
  return TRIGGERS.filter(([trigger, regex]) => (SELF_NEGATING.has(trigger) ? findHits(text, regex) : liveHits(text, regex)).length > 0).map(([trigger]) => trigger);
}

export const findMustStopTriggers = (customerText: string, language: TLanguage) => mustStopTriggersIn(buildTurnText(customerText, language));
