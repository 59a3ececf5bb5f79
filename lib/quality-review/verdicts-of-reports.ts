import type { PrismaClient } from "../../generated/prisma/client";
import { assessResult, type TScores } from "../reports/assess-result";

type TFindingGroup = { category: string; severity: string; ruleId: string; count: number };

/**
 * The verdict of stored reports from their finding rows grouped by kind, not read one by one: a
 * 10,000-turn call has thousands of findings but a few dozen kinds. The verdict depends only on which
 * kinds occur, and the count of critical findings on their number (the judge's proposals have no rows).
 */
export async function verdictsOfReports(prisma: PrismaClient, reports: { id: string; scores: TScores }[]) {
  const groups = await prisma.finding.groupBy({
    by: ["reportId", "category", "severity", "ruleId"],
    where: { reportId: { in: reports.map((report) => report.id) } },
    _count: { _all: true },
  });
  const byReport = new Map<string, TFindingGroup[]>();
  for (const { reportId, _count, ...kind } of groups) byReport.set(reportId, [...(byReport.get(reportId) ?? []), { ...kind, count: _count._all }]);
  return new Map(
    reports.map((report) => {
      const kinds = byReport.get(report.id) ?? [];
      const criticalCount = kinds.filter((kind) => kind.severity === "critical").reduce((sum, kind) => sum + kind.count, 0);
      return [report.id, { ...assessResult(report.scores, kinds), criticalCount }] as const;
    }),
  );
}
