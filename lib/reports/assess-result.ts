import type { TCategory, TSeverity } from "../scoring/report-schema";

/** The least a finding row must say for a call to be assessed. */
export type TFindingFacts = { category: string; severity: string; ruleId: string; source?: string | null };
export type TScores = { overall: number; empathy: number; accuracy: number; compliance: number };

export const PASS_MARK = 70;

/**
 * The skills a supervisor wants every call to show. A call misses one when it has no positive
 * finding of that category, or when the scorer flagged the category as a fault (a call-level
 * "never identified yourself", or "discussed the debt before checking identity").
 */
export const KEY_SKILLS = ["self_identification", "identity_verification", "options_offered"] as const satisfies readonly TCategory[];
export type TKeySkill = (typeof KEY_SKILLS)[number];

const POSITIVE: TSeverity = "positive";

/**
 * What a supervisor reads off one scored call. A call **passes** when its overall score is at least
 * PASS_MARK (70) and it has no critical finding: the scorer already caps a critical call at 40, but
 * the rule is stated on its own so a change of caps cannot make a threat pass.
 */
export function assessResult(scores: TScores, allFindings: readonly TFindingFacts[]) {
  // The LLM judge's findings are proposals for a human: they do not decide a result.
  const findings = allFindings.filter((finding) => finding.source !== "llm_judge");
  const faults = findings.filter((finding) => finding.severity !== POSITIVE);
  const criticalCount = faults.filter((finding) => finding.severity === "critical").length;
  return {
    passed: scores.overall >= PASS_MARK && criticalCount === 0,
    criticalCount,
    rulesBroken: [...new Set(faults.map((finding) => finding.ruleId))].sort(),
    missingSkills: KEY_SKILLS.filter(
      (skill) =>
        !findings.some((finding) => finding.category === skill && finding.severity === POSITIVE) ||
        faults.some((finding) => finding.category === skill),
    ),
  };
}
export type TResultAssessment = ReturnType<typeof assessResult>;
