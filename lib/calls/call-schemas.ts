import { z } from "zod";

export const ZStartCallInput = z.object({
  scenarioId: z.string().min(1).max(200),
  assignmentId: z.string().min(1).max(200).optional(),
});

export const ZAgentTurnInput = z.object({
  text: z
    .string()
    .trim()
    .min(1, "say something first")
    .max(2000, "at most 2,000 characters per turn")
    .refine((text) => !text.includes("\u0000"), "must not contain a NUL character"),
  /** The call revision the trainee's page last saw; a stale one means another tab moved on. */
  revision: z.number().int().nonnegative().max(2_147_483_647),
});
export type TAgentTurnInput = z.infer<typeof ZAgentTurnInput>;

/** One line of the NDJSON stream a turn answers with. */
export const ZTurnStreamEvent = z.discriminatedUnion("type", [
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
