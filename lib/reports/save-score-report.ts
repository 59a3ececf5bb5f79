import type { Prisma } from "../../generated/prisma/client";
import type { TScoreReport } from "../scoring/report-schema";

export type SaveScoreReportOptions = {
  report: TScoreReport;
  source: "practice" | "quality_review";
  callId?: string;
  qualityReviewId?: string;
  scenarioVersionId?: string | null;
};

/**
 * Stores a report whole (the interchange format) and its findings as rows, for per-rule statistics.
 * The rows take the columns they have; the rest of a finding (who proposed it, its other languages)
 * lives in the stored report.
 */
export async function saveScoreReport(tx: Prisma.TransactionClient, options: SaveScoreReportOptions) {
  const { report, source, callId, qualityReviewId, scenarioVersionId } = options;
  const saved = await tx.scoreReport.create({
    data: {
      source,
      callId,
      qualityReviewId,
      scenarioVersionId: scenarioVersionId ?? undefined,
      ruleset: report.ruleset,
      ...report.scores,
      report: report as unknown as Prisma.InputJsonValue,
    },
  });
  // One statement for all the findings: a long call's thousands of rows are not a thousand round trips.
  // The judge's proposals stay in the stored report only: statistics count the scorer's findings.
  const scored = report.findings.filter((finding) => finding.source !== "llm_judge");
  if (scored.length > 0) {
    await tx.finding.createMany({
      data: scored.map(({ turn, category, ruleId, severity, evidence, explanation, suggestion }) => ({
        reportId: saved.id,
        turn,
        category,
        ruleId,
        severity,
        evidence,
        explanation,
        suggestion,
      })),
    });
  }
  return saved;
}
