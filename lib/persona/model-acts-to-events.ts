import { normaliseText } from "../text/normalise-text";
import { parseAmounts } from "../text/parse-amounts";
import type { TModelAct } from "./model-reading-schema";
import type { TObservation } from "./persona-events";

/**
 * The model's acts that hold up against the turn itself: the quote is in the trainee's words, and a
 * proposal's figure is in its quote. Anything else is dropped, so a model can add what the patterns
 * missed but cannot put words or money in the trainee's mouth.
 */
export function groundedActs(acts: readonly TModelAct[], turnText: string): TModelAct[] {
  const turn = normaliseText(turnText);
  return acts.filter((act) => {
    const quote = normaliseText(act.quote);
    if (quote.trim() === "" || !turn.includes(quote)) return false;
    if (act.kind !== "proposal" || act.amount === null) return true;
    return parseAmounts(quote, { smallSums: true }).some((amount) => Math.abs(amount.value - act.amount!) < 0.005);
  });
}

/** The observations a grounded model act adds to the customer's reading of the turn. */
export function modelActToEvents(act: TModelAct): TObservation[] {
  switch (act.kind) {
    case "threat":
      return [{ type: "agent.threatened", kinds: [act.threat ?? "intimidation"] }];
    case "deception":
      return [{ type: "agent.deceived", kinds: [act.deception ?? "invented_consequence"] }];
    case "abuse":
      return [{ type: "agent.abused", count: 1 }];
    case "demands_contacts":
      return [{ type: "agent.demanded_contacts" }];
    case "asks_to_borrow_or_sell":
      return [{ type: "agent.pressed", lumpSum: false, borrowOrSell: true, ignoredMustStop: false }];
    case "demands_lump_sum":
      return [{ type: "agent.pressed", lumpSum: true, borrowOrSell: false, ignoredMustStop: false }];
    case "question":
      return [{ type: "agent.asked", topics: act.topics }];
    case "empathy":
      return [{ type: "agent.empathised", points: 1 }];
    case "proposal":
      return act.months !== null
        ? [{ type: "agent.offered", options: [{ kind: "instalments", withinPolicy: null, months: act.months, monthly: act.amount }] }]
        : [{ type: "agent.requested_payment", amount: act.amount, date: act.date }];
    case "stop_handling":
      return [{ type: "agent.responded_to_stop", acknowledged: true, explainedRoute: true, paused: false }];
    case "call_back":
      return [{ type: "agent.requested_callback" }];
  }
}
