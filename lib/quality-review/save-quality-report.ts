import { randomUUID } from "node:crypto";
import type { Prisma } from "../../generated/prisma/client";
import { toStoredReport } from "../reports/stored-report";
import type { TScoreReport } from "../scoring/report-schema";

export type SaveQualityReportOptions = { report: TScoreReport; qualityReviewId: string };

/**
 * Stores a quality review's report as saveScoreReport does (scores as columns, the scorer's findings
 * as rows, the rest as JSON), in two statements whatever the call's length: the findings go as one
 * JSON text that the database itself expands into rows (INSERT … SELECT), so 10,000 findings are
 * neither 10,000 round trips nor 90,000 bound parameters.
 */
export async function saveQualityReport(tx: Prisma.TransactionClient, { report, qualityReviewId }: SaveQualityReportOptions) {
  const reportId = randomUUID();
  const { ruleset, scores, stored, findings } = toStoredReport(report);
  const { overall, empathy, accuracy, compliance } = scores;
  await tx.$executeRaw`
    INSERT INTO "ScoreReport" ("id", "source", "qualityReviewId", "ruleset", "overall", "empathy", "accuracy", "compliance", "report", "createdAt")
    VALUES (${reportId}, 'quality_review', ${qualityReviewId}, ${ruleset}, ${overall}, ${empathy}, ${accuracy}, ${compliance}, ${JSON.stringify(stored)}::jsonb,
      now() AT TIME ZONE 'UTC')`;
  if (findings.length === 0) return reportId;
  // A finding without translations leaves the key out, so the column is NULL rather than JSON null.
  const rows = findings.map(({ translations, ...finding }) => (translations ? { ...finding, translations } : finding));
  await tx.$executeRaw`
    INSERT INTO "Finding" ("id", "reportId", "position", "turn", "category", "ruleId", "severity", "evidence", "explanation", "suggestion", "translations")
    SELECT ${reportId} || ':' || f.position, ${reportId}, f.position, f.turn, f.category::"FindingCategory", f."ruleId", f.severity::"Severity",
      f.evidence, f.explanation, f.suggestion, f.translations
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS f(position int, turn int, category text, "ruleId" text, severity text, evidence text, explanation text, suggestion text, translations jsonb)`;
  return reportId;
}
