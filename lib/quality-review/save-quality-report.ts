import { randomUUID } from "node:crypto";
import type { Prisma } from "../../generated/prisma/client";
import type { TScoreReport } from "../scoring/report-schema";

export type SaveQualityReportOptions = { report: TScoreReport; qualityReviewId: string };

/**
 * Stores a quality review's report whole (the interchange format) and its findings as rows, in two
 * statements whatever the call's length: the report goes as one JSON text, and the database itself
 * expands its findings into rows (INSERT … SELECT), so 10,000 findings are neither 10,000 round
 * trips nor 90,000 bound parameters. As saveScoreReport, the judge's proposals stay in the report only.
 */
export async function saveQualityReport(tx: Prisma.TransactionClient, { report, qualityReviewId }: SaveQualityReportOptions) {
  const reportId = randomUUID();
  const { overall, empathy, accuracy, compliance } = report.scores;
  await tx.$executeRaw`
    INSERT INTO "ScoreReport" ("id", "source", "qualityReviewId", "ruleset", "overall", "empathy", "accuracy", "compliance", "report", "createdAt")
    VALUES (${reportId}, 'quality_review', ${qualityReviewId}, ${report.ruleset}, ${overall}, ${empathy}, ${accuracy}, ${compliance}, ${JSON.stringify(report)}::jsonb,
      now() AT TIME ZONE 'UTC')`;
  await tx.$executeRaw`
    INSERT INTO "Finding" ("id", "reportId", "turn", "category", "ruleId", "severity", "evidence", "explanation", "suggestion")
    SELECT r."id" || ':' || f.ord, r."id", (f.item ->> 'turn')::int, f.item ->> 'category', f.item ->> 'ruleId', f.item ->> 'severity',
      f.item ->> 'evidence', f.item ->> 'explanation', f.item ->> 'suggestion'
    FROM "ScoreReport" r, jsonb_array_elements(r."report" -> 'findings') WITH ORDINALITY AS f(item, ord)
    WHERE r."id" = ${reportId} AND (f.item ->> 'source') IS DISTINCT FROM 'llm_judge'`;
  return reportId;
}
