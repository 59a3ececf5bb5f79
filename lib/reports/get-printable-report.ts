import type { PrismaClient } from "../../generated/prisma/client";
import { CALL_REVIEW_INCLUDE, toCallReview } from "./call-review";
import { listResults, type ListResultsOptions } from "./list-results";
import { listScenarioTitles } from "./list-scenario-titles";
import { recordResultsExport } from "./record-results-export";
import { resultsScope } from "./results-scope";
import { resultsTimeZone } from "./results-time-zone";
import { summariseResults } from "./summarise-results";

/** Calls printed in full at most; the summary still covers every call under the filter. */
export const PRINT_CALL_LIMIT = 100;

export type GetPrintableReportOptions = ListResultsOptions & {
  /** Every call's transcript in full after the summary (the newest PRINT_CALL_LIMIT); a summary alone without. */
  transcripts?: boolean;
};

/**
 * The printable report: the figures under a filter and one line per call, with the calls in full
 * only when asked (a dozen transcripts fill thirty pages). Audited as an export.
 */
export async function getPrintableReport(prisma: PrismaClient, { viewer, filter, transcripts = false }: GetPrintableReportOptions) {
  const timeZone = await resultsTimeZone(prisma, viewer, filter.teamId);
  const [results, calls] = await Promise.all([
    listResults(prisma, { viewer, filter, teamTimeZone: timeZone }),
    transcripts
      ? prisma.practiceCall.findMany({
          where: { report: { is: resultsScope(viewer, filter, timeZone) } },
          include: CALL_REVIEW_INCLUDE,
          orderBy: [{ report: { createdAt: "desc" } }, { id: "asc" }],
          take: PRINT_CALL_LIMIT,
        })
      : [],
  ]);
  const titles = await listScenarioTitles(prisma, results);
  await recordResultsExport(prisma, { viewer, filter, format: "print", calls: results.length });
  return { summary: summariseResults(results, timeZone), timeZone, results, titles, calls: calls.map(toCallReview), truncated: transcripts && results.length > calls.length };
}
