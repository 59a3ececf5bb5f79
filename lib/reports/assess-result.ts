import { assessCall, type TFindingFacts, type TScores } from "../scoring/assess-call";
import { isViolation, STRENGTH_CATEGORIES, type TCategory } from "../scoring/report-schema";

export { PASS_MARK, type TFindingFacts, type TScores } from "../scoring/assess-call";

/**
 * The skills a supervisor wants every call to show. A call misses one when it has no positive
 * finding of that category, or when the scorer flagged the category as a fault (a call-level
 * "never identified yourself", or "discussed the debt before checking identity").
 */
export const KEY_SKILLS = ["self_identification", "identity_verification", "options_offered"] as const satisfies readonly TCategory[];
export type TKeySkill = (typeof KEY_SKILLS)[number];

/**
 * Whether a scored call was really held, by what the scorer found in it. The scorer fails a call
 * that never does the work (assessCall: identify, verify, explore, agree a next step or handle a
 * stop moment); when it found nothing else at all — not one piece of that work done, not one rule
 * broken, its only findings the work left undone — the trainee only dialled and said hello: like a
 * call ended before a word, it was never really held, and it is counted apart, neither a pass nor
 * a fail. A call that did any of the work, or broke any rule, was held, and its verdict counts.
 */
export function wasHeld(findings: readonly TFindingFacts[], passed: boolean): boolean {
  if (passed) return true;
  const workLeftUndone = (finding: TFindingFacts) => finding.severity !== "positive" && (STRENGTH_CATEGORIES as readonly string[]).includes(finding.category);
  return !findings.every(workLeftUndone) || findings.some((finding) => isViolation(finding.category as TCategory));
}

/**
 * What a supervisor reads off one scored call: the verdict of assessCall, why it failed, whether it
 * was really held (wasHeld), and what it missed. The LLM judge's findings are proposals for a
 * human: they do not decide a result.
 */
export function assessResult(scores: TScores, allFindings: readonly (TFindingFacts & { source?: string | null })[]) {
  const findings = allFindings.filter((finding) => finding.source !== "llm_judge");
  const faults = findings.filter((finding) => finding.severity !== "positive");
  const verdict = assessCall(scores, findings);
  return {
    passed: verdict.passed,
    held: wasHeld(findings, verdict.passed),
    failReasons: verdict.reasons,
    criticalCount: faults.filter((finding) => finding.severity === "critical").length,
    rulesBroken: [...new Set(faults.map((finding) => finding.ruleId))].sort(),
    missingSkills: KEY_SKILLS.filter(
      (skill) => !findings.some((finding) => finding.category === skill && finding.severity === "positive") || faults.some((finding) => finding.category === skill),
    ),
  };
}
export type TResultAssessment = ReturnType<typeof assessResult>;
