import { Prisma } from "../../generated/prisma/client";
import type { TScoreReport } from "../scoring/report-schema";
import { toStoredReport } from "./stored-report";

export type SaveScoreReportOptions = {
  report: TScoreReport;
  source: "practice" | "quality_review";
  callId?: string;
  qualityReviewId?: string;
  scenarioVersionId?: string | null;
};

/**
 * Stores a report: its scores as columns, the scorer's findings as rows, the rest as JSON
 * (lib/reports/stored-report.ts). The judge's proposals stay in the JSON: statistics count the
 * scorer's findings.
 */
export async function saveScoreReport(tx: Prisma.TransactionClient, options: SaveScoreReportOptions) {
  const { report, source, callId, qualityReviewId, scenarioVersionId } = options;
  const { ruleset, scores, stored, findings } = toStoredReport(report);
  const saved = await tx.scoreReport.create({
    data: { source, callId, qualityReviewId, scenarioVersionId: scenarioVersionId ?? undefined, ruleset, ...scores, report: stored as Prisma.InputJsonValue },
  });
  // One statement for all the findings: a long call's thousands of rows are not a thousand round trips.
  if (findings.length > 0) {
    await tx.finding.createMany({
      data: findings.map(({ translations, ...finding }) => ({ ...finding, reportId: saved.id, translations: translations ?? Prisma.DbNull })),
    });
  }
  return saved;
}
