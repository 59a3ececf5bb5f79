import { analyseTranscript } from "../scoring/analyse-transcript";
import { assessCall } from "../scoring/assess-call";
import { computeScores } from "../scoring/compute-scores";
import type { TFinding, TScoreReport } from "../scoring/report-schema";
import type { TTranscript } from "../transcript/transcript-schema";
import type { TJudgeProposalKey } from "./judge-proposal-schemas";

/** Whether a report's finding is the judge's proposal this key names. */
export const sameProposal = (finding: TFinding, key: TJudgeProposalKey) =>
  finding.source === "llm_judge" && finding.turn === key.turn && finding.category === key.category && finding.ruleId === key.ruleId && finding.evidence === key.evidence;

/**
 * The report with one of the judge's proposals accepted: it loses its `source` and becomes one of
 * the findings that count, and the scores and verdict are computed again by the scorer's own
 * formulas over the same transcript (rescore-without.ts does the reverse for a withdrawn finding).
 * The other proposals still count for nothing. Null when the report holds no such proposal.
 */
export function rescoreWith(report: TScoreReport, transcript: TTranscript, key: TJudgeProposalKey): { report: TScoreReport; finding: TFinding } | null {
  const index = report.findings.findIndex((finding) => sameProposal(finding, key));
  if (index === -1) return null;
  const { source: _proposedBy, ...accepted } = report.findings[index]!;
  const findings: TFinding[] = report.findings.map((finding, order) => (order === index ? accepted : finding));
  const scored = findings.filter((finding) => finding.source !== "llm_judge");
  const scores = computeScores(scored, analyseTranscript(transcript));
  return { report: { ...report, scores, findings, result: assessCall(scores, scored) }, finding: accepted };
}
