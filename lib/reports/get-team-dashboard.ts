import type { PrismaClient } from "../../generated/prisma/client";
import { listResults, type ListResultsOptions } from "./list-results";
import { resultsScope } from "./results-scope";
import { resultsTimeZone } from "./results-time-zone";
import { summariseResults } from "./summarise-results";

export type GetTeamDashboardOptions = ListResultsOptions & { recentLimit?: number };

/**
 * The supervisor's dashboard for their teams under a filter, its days in the team's time zone: the figures, the findings withdrawn
 * after an accepted dispute (overridden), the LLM judge's proposals a supervisor accepted, and the latest calls.
 */
export async function getTeamDashboard(prisma: PrismaClient, { recentLimit = 50, ...options }: GetTeamDashboardOptions) {
  // The scope first: a filter on another team is refused before any query starts.
  const timeZone = await resultsTimeZone(prisma, options.viewer, options.filter.teamId);
  const scope = resultsScope(options.viewer, options.filter, timeZone);
  const [results, overridden, proposalsAccepted] = await Promise.all([
    listResults(prisma, { ...options, teamTimeZone: timeZone }),
    prisma.finding.count({ where: { withdrawn: true, report: scope } }),
    prisma.finding.count({ where: { withdrawn: false, judgeDecision: { isNot: null }, report: scope } }),
  ]);
  return { ...summariseResults(results, timeZone), timeZone, overridden, proposalsAccepted, recent: results.slice(0, recentLimit) };
}
export type TTeamDashboard = Awaited<ReturnType<typeof getTeamDashboard>>;
