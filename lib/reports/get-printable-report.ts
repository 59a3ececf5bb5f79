import type { PrismaClient } from "../../generated/prisma/client";
import { CALL_REVIEW_INCLUDE, toCallReview } from "./call-review";
import { listResults, type ListResultsOptions } from "./list-results";
import { recordResultsExport } from "./record-results-export";
import { resultsScope } from "./results-scope";
import { summariseResults } from "./summarise-results";

/** Calls printed in full at most; the summary still covers every call under the filter. */
export const PRINT_CALL_LIMIT = 100;

/** The printable report: the figures under a filter and the newest calls in full. Audited as an export. */
export async function getPrintableReport(prisma: PrismaClient, { viewer, filter }: ListResultsOptions) {
  const [results, calls] = await Promise.all([
    listResults(prisma, { viewer, filter }),
    prisma.practiceCall.findMany({
      where: { report: { is: resultsScope(viewer, filter) } },
      include: CALL_REVIEW_INCLUDE,
      orderBy: [{ report: { createdAt: "desc" } }, { id: "asc" }],
      take: PRINT_CALL_LIMIT,
    }),
  ]);
  await recordResultsExport(prisma, { viewer, filter, format: "print", calls: results.length });
  return { summary: summariseResults(results), calls: calls.map(toCallReview), truncated: results.length > calls.length };
}
