import { z } from "zod";
import type { TConversationState } from "../conversation/conversation-state-schema";
import { ZOutcome } from "../persona/customer-decision-schema";
import { ZPersistedPersona } from "../persona/restore-persona";
import type { TScenario } from "../scenarios/scenario-schema";
import { toCaseFacts } from "../scenarios/to-case-facts";
import { ZParty, type TTranscript, type TTurn } from "../transcript/transcript-schema";

/** A stored turn as the call's state needs it; `snapshot` only matters on the latest customer turn. */
export type TStoredTurn = { speaker: "agent" | "customer"; text: string; party?: string | null; snapshot?: unknown };

/**
 * The call's words as the scorer reads them: its turns, with the language, rule set and case facts
 * of its scenario version (immutable, so the same for the whole life of the call).
 */
export function callTranscript(scenario: TScenario, id: string, turns: readonly TStoredTurn[]): TTranscript {
  return {
    id,
    language: scenario.language,
    ruleset: scenario.ruleset,
    case: toCaseFacts(scenario),
    turns: turns.map(({ speaker, text, party }): TTurn => {
      const known = ZParty.safeParse(party);
      return speaker === "customer" && known.success ? { speaker, text, party: known.data } : { speaker, text };
    }),
  };
}

export type CallStateOptions = {
  scenario: TScenario;
  seed: number;
  turns: readonly TStoredTurn[];
  status: "active" | "ended";
  outcome: string | null;
};

/**
 * A stored call back into the conversation engine's state. The turns are the one record of what was
 * said, and the customer machine goes on from the snapshot kept with the latest customer turn; the
 * seed and the scenario version give the rest. Null when that snapshot is missing or unreadable.
 */
export function callState({ scenario, seed, turns, status, outcome }: CallStateOptions): TConversationState | null {
  const latest = turns.findLast((turn) => turn.speaker === "customer");
  const persona = ZPersistedPersona.safeParse(latest?.snapshot);
  if (!persona.success) return null;
  return {
    scenarioId: scenario.id,
    seed,
    turn: turns.filter((turn) => turn.speaker === "customer").length,
    persona: persona.data,
    transcript: callTranscript(scenario, `${scenario.id}-${seed}`, turns),
    ended: status === "ended",
    outcome: ZOutcome.nullable().catch(null).parse(outcome),
  };
}

/** A JSON value from a raw query: drivers give json columns parsed or as text. */
export const jsonColumn = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (typeof value === "string" ? JSON.parse(value) : value), schema);
