import type { SnapshotFrom } from "xstate";
import type { TCustomerDecision, TOutcome } from "./customer-decision-schema";
import { FINAL_PHASES, type TPersonaMachine } from "./persona-machine";

export type TPersonaSnapshot = SnapshotFrom<TPersonaMachine>;

export const phaseOf = (snapshot: TPersonaSnapshot) => String(snapshot.value);

export function outcomeOf(snapshot: TPersonaSnapshot): TOutcome | null {
  const phase = phaseOf(snapshot);
  return (FINAL_PHASES as readonly string[]).includes(phase) ? (phase as TOutcome) : null;
}

/** The machine's decision after the latest event, with what a role-player may say around it. */
export function customerDecision(snapshot: TPersonaSnapshot): TCustomerDecision {
  const outcome = outcomeOf(snapshot);
  return {
    ...snapshot.context.reply,
    phase: phaseOf(snapshot),
    disclosed: [...snapshot.context.disclosed],
    outcome,
    ended: outcome !== null,
  };
}
