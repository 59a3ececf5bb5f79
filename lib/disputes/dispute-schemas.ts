import { z } from "zod";

/** A reason or reply a person writes about a finding: trimmed, said, at most 1,000 characters. */
export const ZFindingText = z
  .string()
  .trim()
  .min(1, "say why")
  .max(1000, "at most 1,000 characters")
  .refine((text) => !text.includes("\u0000"), "must not contain a NUL character");

/** A trainee disputes one finding of their scored call, saying why. */
export const ZDisputeFindingInput = z.object({ findingId: z.string().min(1).max(200), reason: ZFindingText });
export type TDisputeFindingInput = z.infer<typeof ZDisputeFindingInput>;

/** A supervisor accepts a dispute (the finding is withdrawn) or rejects it with a reply to the trainee. */
export const ZDecideDisputeInput = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("accept"), reply: ZFindingText.optional() }),
  z.object({ decision: z.literal("reject"), reply: ZFindingText }),
]);
export type TDecideDisputeInput = z.infer<typeof ZDecideDisputeInput>;

export const ZDisputeStatus = z.enum(["open", "accepted", "rejected"]);
