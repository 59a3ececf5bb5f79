import { z } from "zod";
import { ZMood } from "../persona/customer-decision-schema";
import { ZPlanningNotes } from "./planning-notes-schema";

export const ZStartCallInput = z.object({
  scenarioId: z.string().min(1).max(200),
  assignmentId: z.string().min(1).max(200).optional(),
  notes: ZPlanningNotes.optional(),
});

/** The longest line a trainee may say in one turn; the call page counts towards it as they type. */
export const AGENT_TURN_MAX = 2000;

export const ZAgentTurnInput = z.object({
  text: z
    .string()
    .trim()
    .min(1, "say something first")
    .max(AGENT_TURN_MAX, "at most 2,000 characters per turn")
    .refine((text) => !text.includes("\u0000"), "must not contain a NUL character"),
  /** The call revision the trainee's page last saw; a stale one means another tab moved on. */
  revision: z.number().int().nonnegative().max(2_147_483_647),
});
export type TAgentTurnInput = z.infer<typeof ZAgentTurnInput>;

/** One line of the NDJSON stream a turn answers with. */
export const ZTurnStreamEvent = z.discriminatedUnion("type", [
  // Sent before the words when the trainee may see the mood: the machine decided it before the reply is worded.
  z.object({ type: z.literal("mood"), mood: ZMood }),
  z.object({ type: z.literal("text"), text: z.string() }),
  z.object({
    type: z.literal("done"),
    revision: z.number().int(),
    customerText: z.string(),
    ended: z.boolean(),
    outcome: z.string().nullable(),
    reportReady: z.boolean(),
  }),
  z.object({ type: z.literal("error"), code: z.string(), message: z.string() }),
]);
export type TTurnStreamEvent = z.infer<typeof ZTurnStreamEvent>;
