import type { Prisma } from "../../generated/prisma/client";
import type { TScoreReport } from "../scoring/report-schema";

export type SaveScoreReportOptions = {
  report: TScoreReport;
  source: "practice" | "quality_review";
  callId?: string;
  qualityReviewId?: string;
  scenarioVersionId?: string | null;
};

/** Stores a report whole (the interchange format) and its findings as rows, for per-rule statistics. */
export async function saveScoreReport(tx: Prisma.TransactionClient, options: SaveScoreReportOptions) {
  const { report, source, callId, qualityReviewId, scenarioVersionId } = options;
  return tx.scoreReport.create({
    data: {
      source,
      callId,
      qualityReviewId,
      scenarioVersionId: scenarioVersionId ?? undefined,
      ruleset: report.ruleset,
      ...report.scores,
      report: report as unknown as Prisma.InputJsonValue,
      findings: { create: report.findings.map((finding) => ({ ...finding })) },
    },
  });
}
