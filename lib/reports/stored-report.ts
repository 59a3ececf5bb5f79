import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client";
import { ZFinding, ZScoreReport, type TFinding, type TScoreReport } from "../scoring/report-schema";

/**
 * How a score report is stored, each fact once: the scores in ScoreReport's columns, the scorer's
 * findings as Finding rows (with their place in the report and their translations), and in the
 * `report` JSON only the rest: the transcript id, the verdict, the judge's review and the judge's
 * proposals, which are opinions no statistic counts and so no rows. A withdrawn finding keeps its
 * row, marked, and leaves the report.
 */
export const ZStoredReport = ZScoreReport.pick({ transcriptId: true, review: true, result: true }).extend({
  judgeFindings: z.array(ZFinding.extend({ position: z.number().int().nonnegative() })).optional(),
});
export type TStoredReport = z.infer<typeof ZStoredReport>;

/** What reading a report needs of its ScoreReport row. */
export const REPORT_SELECT = {
  id: true,
  ruleset: true,
  overall: true,
  empathy: true,
  accuracy: true,
  compliance: true,
  report: true,
  createdAt: true,
  findings: {
    where: { withdrawn: false },
    orderBy: { position: "asc" as const },
    select: { position: true, turn: true, category: true, ruleId: true, severity: true, evidence: true, explanation: true, suggestion: true, translations: true },
  },
} satisfies Prisma.ScoreReportSelect;

export type TFindingRow = {
  position: number;
  turn: number;
  category: string;
  ruleId: string;
  severity: string;
  evidence: string;
  explanation: string;
  suggestion: string;
  translations: unknown;
};
export type TReportRow = { ruleset: string; overall: number; empathy: number; accuracy: number; compliance: number; report: unknown; findings: readonly TFindingRow[] };

/** A finding row in the report format. */
export function findingOfRow({ turn, category, ruleId, severity, evidence, explanation, suggestion, translations }: Omit<TFindingRow, "position">): TFinding {
  return ZFinding.parse({ turn, category, ruleId, severity, evidence, explanation, suggestion, ...(translations == null ? {} : { translations }) });
}

/** The report in the interchange format, from its row and finding rows; the judge's proposals in their places. */
export function toScoreReport(row: TReportRow): TScoreReport {
  const { judgeFindings = [], ...stored } = ZStoredReport.parse(row.report);
  const placed = [
    ...row.findings.map((finding) => ({ position: finding.position, finding: findingOfRow(finding) })),
    ...judgeFindings.map(({ position, ...finding }) => ({ position, finding })),
  ];
  placed.sort((a, b) => a.position - b.position);
  return ZScoreReport.parse({
    ...stored,
    ruleset: row.ruleset,
    scores: { overall: row.overall, empathy: row.empathy, accuracy: row.accuracy, compliance: row.compliance },
    findings: placed.map(({ finding }) => finding),
  });
}

/** A report split for storing: its columns, its JSON rest, and the scorer's findings as rows. */
export function toStoredReport(report: TScoreReport) {
  const { transcriptId, review, result } = report;
  const judgeFindings = report.findings.flatMap((finding, position) => (finding.source === "llm_judge" ? [{ ...finding, position }] : []));
  const stored: TStoredReport = { transcriptId, ...(review ? { review } : {}), ...(result ? { result } : {}), ...(judgeFindings.length > 0 ? { judgeFindings } : {}) };
  const findings = report.findings.flatMap(({ turn, category, ruleId, severity, evidence, explanation, suggestion, translations, source }, position) =>
    source === "llm_judge" ? [] : [{ position, turn, category, ruleId, severity, evidence, explanation, suggestion, translations: translations ?? null }],
  );
  return { ruleset: report.ruleset, scores: report.scores, stored, findings };
}
