import { type STRENGTH_CATEGORIES, ZFailReason, isViolation, type TCategory, type TFailReason } from "./report-schema";

export type { TFailReason } from "./report-schema";

/** The least a finding must say for a call to be judged: what the report and the database rows both carry. */
export type TFindingFacts = { category: string; severity: string; ruleId: string };
export type TScores = { overall: number; empathy: number; accuracy: number; compliance: number };

export const PASS_MARK = 70;

/** A fault in a strength category is work the call did not do. */
const WORK_MISSING: Record<(typeof STRENGTH_CATEGORIES)[number], TFailReason> = {
  self_identification: "not_identified",
  identity_verification: "not_verified",
  empathy: "situation_not_explored",
  options_offered: "no_next_step",
};

/**
 * Whether a call passes, and every reason it does not. Any major or critical violation fails it
 * whatever the number (warmth never buys back a threat), and so does a call that never did the
 * work: said who is calling, checked who is listening, explored the situation, and agreed a next
 * step or handled a stop moment. A score under PASS_MARK fails it too.
 */
export function assessCall(scores: TScores, findings: readonly TFindingFacts[]): { passed: boolean; reasons: TFailReason[] } {
  const faults = findings.filter((finding) => finding.severity !== "positive");
  const violations = faults.filter((finding) => isViolation(finding.category as TCategory));
  const reasons = new Set<TFailReason>();
  if (violations.some((finding) => finding.severity === "critical")) reasons.add("critical_violation");
  if (violations.some((finding) => finding.severity === "major")) reasons.add("major_violation");
  for (const fault of faults) {
    const missing = WORK_MISSING[fault.category as keyof typeof WORK_MISSING];
    if (missing) reasons.add(missing);
  }
  if (scores.overall < PASS_MARK) reasons.add("below_pass_mark");
  return { passed: reasons.size === 0, reasons: ZFailReason.options.filter((reason) => reasons.has(reason)) };
}
