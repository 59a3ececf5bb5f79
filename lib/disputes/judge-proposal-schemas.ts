import { z } from "zod";
import { ZFindingText as ZReply } from "./dispute-schemas";

/** One of the judge's proposals in a call's report, named as the report names it. */
export const ZJudgeProposalKey = z.object({
  turn: z.number().int().nonnegative(),
  category: z.string().min(1).max(100),
  ruleId: z.string().min(1).max(100),
  evidence: z.string().min(1).max(20_000),
});
export type TJudgeProposalKey = z.infer<typeof ZJudgeProposalKey>;

/** A supervisor accepts a proposal (it counts as a finding from then on) or rejects it with a reason. */
export const ZDecideJudgeProposalInput = z.intersection(
  ZJudgeProposalKey,
  z.discriminatedUnion("decision", [z.object({ decision: z.literal("accept"), reply: ZReply.optional() }), z.object({ decision: z.literal("reject"), reply: ZReply })]),
);
export type TDecideJudgeProposalInput = z.infer<typeof ZDecideJudgeProposalInput>;
