import { analyseTranscript } from "../scoring/analyse-transcript";
import { assessCall } from "../scoring/assess-call";
import { computeScores } from "../scoring/compute-scores";
import type { TFinding, TScoreReport } from "../scoring/report-schema";
import type { TTranscript } from "../transcript/transcript-schema";

/** A finding as its database row names it. */
export type TFindingKey = { turn: number; category: string; ruleId: string; severity: string; evidence: string };

/** Whether a report's finding is the scorer's finding a database row stands for. */
export const sameFinding = (finding: TFinding, key: TFindingKey) =>
  finding.source !== "llm_judge" &&
  finding.turn === key.turn &&
  finding.category === key.category &&
  finding.ruleId === key.ruleId &&
  finding.severity === key.severity &&
  finding.evidence === key.evidence;

/**
 * The report with one of the scorer's findings withdrawn, its scores and verdict computed again by
 * the scorer's own formulas over the same transcript. The judge's proposals stay and still count
 * for nothing. A finding the report does not hold leaves it as it was.
 */
export function rescoreWithout(report: TScoreReport, transcript: TTranscript, withdrawn: TFindingKey): TScoreReport {
  const index = report.findings.findIndex((finding) => sameFinding(finding, withdrawn));
  if (index === -1) return report;
  const findings = report.findings.filter((_, order) => order !== index);
  const scored = findings.filter((finding) => finding.source !== "llm_judge");
  const scores = computeScores(scored, analyseTranscript(transcript));
  return { ...report, scores, findings, result: assessCall(scores, scored) };
}
