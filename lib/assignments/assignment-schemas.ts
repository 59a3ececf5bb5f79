import { z } from "zod";

/** What a trainer submits: one scenario for any number of teams and trainees, due on a day. */
export const ZCreateAssignmentInput = z
  .object({
    scenarioId: z.string().min(1),
    teamIds: z.array(z.string().min(1)).default([]),
    traineeIds: z.array(z.string().min(1)).default([]),
    dueOn: z.iso.date("expected a date written YYYY-MM-DD").optional(),
    hideMood: z.boolean().default(false).describe("An assessed call: the customer's mood is not shown during the call, only in the report"),
  })
  .refine((input) => input.teamIds.length + input.traineeIds.length > 0, { path: ["teamIds"], message: "choose at least one team or trainee" });
export type TCreateAssignmentInput = z.input<typeof ZCreateAssignmentInput>;
