import { isViolation, type TFinding, type TScoreReport, type TSeverity } from "./report-schema";
import type { TLevel, TTurnAnalysis } from "./turn-analysis-schema";

/** Formulas documented in README.md; change both together. */
const COMPLIANCE_PENALTY: Record<TSeverity, number> = { critical: 40, major: 20, minor: 8, positive: 0 };
const ACCURACY_PENALTY: Record<TSeverity, number> = { critical: 35, major: 25, minor: 10, positive: 0 };
const MECHANISM_POINTS: Record<TLevel, number> = { none: 0, weak: 10, strong: 20 };
const OVERALL_CAP = { critical: 40, major: 70 };

const clamp = (value: number) => Math.max(0, Math.min(100, Math.round(value)));

export function computeScores(findings: readonly TFinding[], analyses: readonly TTurnAnalysis[]): TScoreReport["scores"] {
  const faults = findings.filter((finding) => finding.severity !== "positive");
  const compliance = clamp(100 - sum(faults.filter((finding) => finding.category !== "inaccuracy"), COMPLIANCE_PENALTY));
  const accuracy = clamp(100 - sum(faults.filter((finding) => finding.category === "inaccuracy" || finding.category === "deception"), ACCURACY_PENALTY));
  const empathy = empathyScore(findings, analyses);
  let overall = clamp(0.5 * compliance + 0.25 * accuracy + 0.25 * empathy);
  const violations = faults.filter((finding) => isViolation(finding.category));
  if (violations.some((finding) => finding.severity === "critical")) overall = Math.min(overall, OVERALL_CAP.critical);
  else if (violations.some((finding) => finding.severity === "major")) overall = Math.min(overall, OVERALL_CAP.major);
  return { overall, empathy, accuracy, compliance };
}

/** 40 for a neutral call, up to 20 per mechanism (best level in the call), less for contempt and pressure. */
function empathyScore(findings: readonly TFinding[], analyses: readonly TTurnAnalysis[]): number {
  const best = (pick: (analysis: TTurnAnalysis) => TLevel) =>
    Math.max(0, ...analyses.map((analysis) => MECHANISM_POINTS[pick(analysis)]));
  const mechanisms =
    best((analysis) => analysis.empathy.acknowledgement.level) +
    best((analysis) => analysis.empathy.understanding.level) +
    best((analysis) => analysis.empathy.exploration.level);
  const abuse = findings.filter((finding) => finding.category === "abuse").length;
  const pressure = findings.filter((finding) => finding.category === "pressure").length;
  return clamp(40 + mechanisms - 30 * abuse - 15 * pressure);
}

const sum = (findings: readonly TFinding[], table: Record<TSeverity, number>) =>
  findings.reduce((total, finding) => total + table[finding.severity], 0);
