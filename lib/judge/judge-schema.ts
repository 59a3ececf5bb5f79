import { z } from "zod";
import { ZCategory } from "../scoring/report-schema";

/**
 * The judge's structured output. Strict json_schema mode needs every key, so "no value" is null.
 * Turn numbers, rule ids and evidence are left loose here and checked one by one when merging, so a
 * single bad proposal is dropped instead of failing the whole answer.
 */
export const ZJudgeFinding = z.object({
  turn: z.number().int().describe("0-based index of the agent turn, as numbered in the transcript"),
  category: ZCategory,
  ruleId: z.string().nullable().describe("Id of the rule broken, from the rule list; null when unsure which"),
  severity: z.enum(["critical", "major", "minor"]),
  evidence: z.string().describe("The offending words, copied exactly from that agent turn"),
  explanation: z.string().describe("Why these words break the rule, in the report language"),
});
export type TJudgeFinding = z.infer<typeof ZJudgeFinding>;

export const ZJudgeOpinion = z.object({
  finding: z.number().int().describe("Number of the scorer's finding, as listed"),
  verdict: z.enum(["agree", "disagree"]),
  reason: z.string().describe("Why, in one or two sentences, in the report language"),
});
export type TJudgeOpinion = z.infer<typeof ZJudgeOpinion>;

export const ZJudgeOutput = z.object({
  findings: z.array(ZJudgeFinding).describe("Breaches the scorer missed; empty when none"),
  opinions: z.array(ZJudgeOpinion).describe("One opinion per finding of the scorer"),
});
export type TJudgeOutput = z.infer<typeof ZJudgeOutput>;
