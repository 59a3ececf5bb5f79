import { transition } from "xstate";
import { outcomeOf } from "../persona/customer-decision";
import type { TOutcome } from "../persona/customer-decision-schema";
import { personaMachine } from "../persona/persona-machine";
import { persistPersona, restorePersona } from "../persona/restore-persona";
import type { TConversationState } from "./conversation-state-schema";

/**
 * The trainee hangs up. A commitment or an agreed call-back becomes the outcome; anything else is
 * no_agreement. A call the customer already ended keeps its outcome.
 */
export function endConversation(state: TConversationState): { state: TConversationState; outcome: TOutcome } {
  if (state.ended && state.outcome) return { state, outcome: state.outcome };
  const [snapshot] = transition(personaMachine, restorePersona(state.persona), { type: "call.ended_by_agent" });
  const outcome = outcomeOf(snapshot) ?? "no_agreement";
  return { state: { ...state, persona: persistPersona(snapshot), ended: true, outcome }, outcome };
}
