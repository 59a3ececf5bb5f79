import { initialTransition } from "xstate";
import { customerDecision } from "../persona/customer-decision";
import type { TCustomerDecision } from "../persona/customer-decision-schema";
import { personaMachine } from "../persona/persona-machine";
import { toPersonaParams } from "../persona/persona-params";
import { persistPersona } from "../persona/restore-persona";
import { offlineReply } from "../roleplay/offline-voice";
import { toCaseFacts } from "../scenarios/to-case-facts";
import type { TScenario } from "../scenarios/scenario-schema";
import type { TConversationState } from "./conversation-state-schema";

export type StartConversationOptions = {
  /** Fixes the offline wording of the whole call; same seed, same call. */
  seed: number;
  /** The day of the call (ISO date); dates the customer names count from it. The case file's date by default. */
  callDay?: string;
};

export type TOpening = { text: string; party: TCustomerDecision["party"]; decision: TCustomerDecision };

/**
 * Picks up the phone: the debtor or the scenario's third party says hello. The opening is always the
 * offline voice's: a "hello?" is not worth a model call, and the first screen must not wait.
 */
export function startConversation(scenario: TScenario, { seed, callDay }: StartConversationOptions): { state: TConversationState; opening: TOpening } {
  const [snapshot] = initialTransition(personaMachine, toPersonaParams(scenario, callDay));
  const decision = customerDecision(snapshot);
  const text = offlineReply({ scenario, decision, transcript: [], seed, turn: 0 });
  const state: TConversationState = {
    scenarioId: scenario.id,
    seed,
    turn: 1,
    persona: persistPersona(snapshot),
    transcript: {
      id: `${scenario.id}-${seed}`,
      language: scenario.language,
      ruleset: scenario.ruleset,
      case: toCaseFacts(scenario),
      turns: [{ speaker: "customer", text, party: decision.party }],
    },
    ended: false,
    outcome: null,
  };
  return { state, opening: { text, party: decision.party, decision } };
}
