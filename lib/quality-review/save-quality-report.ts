import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../generated/prisma/client";
import { toStoredReport } from "../reports/stored-report";
import type { TScoreReport } from "../scoring/report-schema";

export type SaveHeldQualityReportOptions = { report: TScoreReport; qualityReviewId: string; workerId: string };

/**
 * Stores a quality review's report as saveScoreReport does (scores as columns, the scorer's findings
 * as rows, the rest as JSON), only while `workerId` still holds the review's scoring job, and removes
 * the job: one statement, so it is all or nothing without a transaction held open across round trips
 * (on the embedded database a transaction holds its only connection, and every trainee's turn waited
 * for the report of a long call). The findings go as one JSON text that the database itself expands
 * into rows, so 10,000 findings are neither 10,000 round trips nor 90,000 bound parameters.
 * Answers whether the job was still held; nothing is saved when it was not.
 */
export async function saveHeldQualityReport(prisma: PrismaClient, { report, qualityReviewId, workerId }: SaveHeldQualityReportOptions): Promise<boolean> {
  const reportId = randomUUID();
  const { ruleset, scores, stored, findings } = toStoredReport(report);
  const { overall, empathy, accuracy, compliance } = scores;
  // A finding without translations leaves the key out, so the column is NULL rather than JSON null.
  const rows = findings.map(({ translations, ...finding }) => (translations ? { ...finding, translations } : finding));
  const [saved] = await prisma.$queryRaw<{ reports: number }[]>`
    WITH held AS (
      DELETE FROM "ScoringJob" WHERE "qualityReviewId" = ${qualityReviewId} AND "claimedBy" = ${workerId} AND "failure" IS NULL
      RETURNING "qualityReviewId"
    ), report AS (
      INSERT INTO "ScoreReport" ("id", "source", "qualityReviewId", "ruleset", "overall", "empathy", "accuracy", "compliance", "report", "createdAt")
      SELECT ${reportId}, 'quality_review', held."qualityReviewId", ${ruleset}, ${overall}, ${empathy}, ${accuracy}, ${compliance}, ${JSON.stringify(stored)}::jsonb,
        now() AT TIME ZONE 'UTC'
      FROM held
      RETURNING "id"
    ), finding AS (
      INSERT INTO "Finding" ("id", "reportId", "position", "turn", "category", "ruleId", "severity", "evidence", "explanation", "suggestion", "translations")
      SELECT report."id" || ':' || f.position, report."id", f.position, f.turn, f.category::"FindingCategory", f."ruleId", f.severity::"Severity",
        f.evidence, f.explanation, f.suggestion, f.translations
      FROM report, jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS f(position int, turn int, category text, "ruleId" text, severity text, evidence text, explanation text, suggestion text, translations jsonb)
    )
    SELECT count(*)::int AS reports FROM report`;
  return saved?.reports === 1;
}
