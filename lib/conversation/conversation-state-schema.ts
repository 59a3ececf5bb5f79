import { z } from "zod";
import { ZOutcome } from "../persona/customer-decision-schema";
import { ZPersistedPersona } from "../persona/restore-persona";
import { ZTranscript } from "../transcript/transcript-schema";

/**
 * One call between turns, as plain JSON: what the lead stores per turn and hands back for the next
 * one. The persona snapshot carries the machine version that wrote it; restoring refuses others.
 */
export const ZConversationState = z.object({
  scenarioId: z.string(),
  seed: z.number().int(),
  turn: z.number().int().nonnegative().describe("Customer replies so far, the opening included"),
  persona: ZPersistedPersona,
  transcript: ZTranscript.describe("interfaces.md §1, with party on every customer turn"),
  ended: z.boolean(),
  outcome: ZOutcome.nullable(),
});
export type TConversationState = z.infer<typeof ZConversationState>;
