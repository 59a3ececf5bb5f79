import { STRENGTH_CATEGORIES, isViolation, type TCategory, type TFinding, type TScoreReport, type TSeverity } from "./report-schema";
import type { TLevel, TTurnAnalysis } from "./turn-analysis-schema";

/** Formulas documented in README.md; change both together. */
const COMPLIANCE_PENALTY: Record<TSeverity, number> = { critical: 40, major: 20, minor: 8, positive: 0 };
const ACCURACY_PENALTY: Record<TSeverity, number> = { critical: 35, major: 25, minor: 10, positive: 0 };
const MECHANISM_POINTS: Record<TLevel, number> = { none: 0, weak: 10, strong: 20 };
/** Each piece of the call's work left undone: identify, verify, explore, agree a next step. */
const WORK_POINTS = 25;
const CRITICAL_CAP = 40;
/** Compliance rules that are also the call's work: saying who you are and checking who listens. */
const COMPLIANCE_WORK = new Set<TCategory>(["self_identification", "identity_verification"]);

const clamp = (value: number) => Math.max(0, Math.min(100, Math.round(value)));

/**
 * Compliance, accuracy and empathy as before; overall weighs them with the work the call did, so
 * an excellent call ranks well above an average one and a call that does nothing cannot score
 * well. A critical violation still caps overall (interfaces.md); a major one fails the call in
 * assessCall rather than stepping the number to a cap.
 */
export function computeScores(findings: readonly TFinding[], analyses: readonly TTurnAnalysis[]): TScoreReport["scores"] {
  const faults = findings.filter((finding) => finding.severity !== "positive");
  const compliance = clamp(
    100 -
      sum(
        faults.filter((finding) => (isViolation(finding.category) && finding.category !== "inaccuracy") || COMPLIANCE_WORK.has(finding.category)),
        COMPLIANCE_PENALTY,
      ),
  );
  const accuracy = clamp(
    100 -
      sum(
        faults.filter((finding) => finding.category === "inaccuracy" || finding.category === "deception"),
        ACCURACY_PENALTY,
      ),
  );
  const empathy = empathyScore(findings, analyses);
  const workMissing = new Set(faults.filter((finding) => (STRENGTH_CATEGORIES as readonly string[]).includes(finding.category)).map((finding) => finding.category)).size;
  const work = clamp(100 - WORK_POINTS * workMissing);
  let overall = clamp(0.4 * compliance + 0.2 * accuracy + 0.2 * empathy + 0.2 * work);
  if (faults.some((finding) => isViolation(finding.category) && finding.severity === "critical")) overall = Math.min(overall, CRITICAL_CAP);
  return { overall, empathy, accuracy, compliance };
}

/** 40 for a neutral call, up to 20 per mechanism (best level in the call), less for contempt and pressure (a third as much for a minor finding). */
function empathyScore(findings: readonly TFinding[], analyses: readonly TTurnAnalysis[]): number {
  const best = (pick: (analysis: TTurnAnalysis) => TLevel) => Math.max(0, ...analyses.map((analysis) => MECHANISM_POINTS[pick(analysis)]));
  const mechanisms =
    best((analysis) => analysis.empathy.acknowledgement.level) + best((analysis) => analysis.empathy.understanding.level) + best((analysis) => analysis.empathy.exploration.level);
  // A minor finding (one the learned reader alone saw, or a mild rule) costs a third of a graver one.
  const weigh = (category: TCategory, points: number) =>
    findings.filter((finding) => finding.category === category).reduce((total, finding) => total + (finding.severity === "minor" ? points / 3 : points), 0);
  return clamp(40 + mechanisms - weigh("abuse", 30) - weigh("pressure", 15));
}

const sum = (findings: readonly TFinding[], table: Record<TSeverity, number>) => findings.reduce((total, finding) => total + table[finding.severity], 0);
