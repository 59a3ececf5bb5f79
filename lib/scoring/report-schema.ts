import { z } from "zod";
import { ZLanguage, ZRulesetId } from "../transcript/transcript-schema";

/** The score report of ../shared/spec/interfaces.md §2. New optional fields are compatible; renames are not. */
export const VIOLATION_CATEGORIES = ["threat", "deception", "third_party_disclosure", "abuse", "inaccuracy", "pressure"] as const;
export const STRENGTH_CATEGORIES = ["empathy", "self_identification", "identity_verification", "options_offered"] as const;

export const ZViolationCategory = z.enum(VIOLATION_CATEGORIES);
export const ZStrengthCategory = z.enum(STRENGTH_CATEGORIES);
export const ZCategory = z.enum([...VIOLATION_CATEGORIES, ...STRENGTH_CATEGORIES]);
export type TCategory = z.infer<typeof ZCategory>;

export const ZSeverity = z.enum(["critical", "major", "minor", "positive"]);
export type TSeverity = z.infer<typeof ZSeverity>;

const score = z.number().int().min(0).max(100);

export const ZFinding = z.object({
  turn: z.number().int().nonnegative().describe("0-based index of the agent turn in turns"),
  category: ZCategory,
  ruleId: z.string(),
  severity: ZSeverity,
  evidence: z.string().describe("Exact substring of the turn's text"),
  explanation: z.string(),
  suggestion: z.string(),
  translations: z
    .partialRecord(ZLanguage, z.object({ explanation: z.string(), suggestion: z.string() }))
    .optional()
    .describe("The explanation and suggestion in each interface language the rule set has, so a reader sees their own"),
  source: z
    .enum(["llm_judge"])
    .optional()
    .describe("Who proposed the finding when it was not the deterministic scorer: llm_judge, checked against the transcript and the rule set"),
});
export type TFinding = z.infer<typeof ZFinding>;

const count = z.number().int().nonnegative();

/** The LLM judge's second opinion, kept for a human to review: it can add findings but never remove one. */
export const ZJudgeReview = z.object({
  model: z.string(),
  added: count.describe("Judge findings that passed the checks and are in findings with source llm_judge"),
  dropped: count.describe("Judge proposals that failed the checks: evidence not in the turn, not an agent turn, unknown rule, or an opinion on no finding"),
  alreadyFound: count.describe("Judge findings on a turn and category the report already had"),
  disagreements: z
    .array(z.object({ turn: z.number().int().nonnegative(), ruleId: z.string(), category: ZCategory, reason: z.string() }))
    .describe("Findings the judge disputes; they stay in the report"),
  error: z
    .object({ kind: z.string().describe("LlmError kind: timeout, rate_limited, auth, provider, network, invalid_output"), message: z.string() })
    .optional()
    .describe("Why the judge gave no opinion; the report is then the deterministic one"),
});
export type TJudgeReview = z.infer<typeof ZJudgeReview>;

/** Why a call did not pass (lib/scoring/assess-call.ts). */
export const ZFailReason = z.enum(["critical_violation", "major_violation", "below_pass_mark", "not_identified", "not_verified", "situation_not_explored", "no_next_step"]);
export type TFailReason = z.infer<typeof ZFailReason>;

export const ZScoreReport = z.object({
  transcriptId: z.string(),
  ruleset: ZRulesetId,
  scores: z.object({ overall: score, empathy: score, accuracy: score, compliance: score }),
  findings: z.array(ZFinding),
  review: z.object({ judge: ZJudgeReview.optional() }).optional().describe("Second opinions kept for a human to review"),
  result: z
    .object({ passed: z.boolean(), reasons: z.array(ZFailReason).describe("Every reason the call did not pass; empty when it passed") })
    .optional()
    .describe("Whether the call passes: no major or critical violation, its work done, and an overall score of at least 70"),
});
export type TScoreReport = z.infer<typeof ZScoreReport>;

export const isViolation = (category: TCategory) => (VIOLATION_CATEGORIES as readonly string[]).includes(category);
