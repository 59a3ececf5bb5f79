import type { PrismaClient } from "../../generated/prisma/client";
import { listResults, type ListResultsOptions } from "./list-results";
import { summariseResults } from "./summarise-results";

export type GetTeamDashboardOptions = ListResultsOptions & { recentLimit?: number };

/** The supervisor's dashboard for their teams under a filter: the figures and the latest calls. */
export async function getTeamDashboard(prisma: PrismaClient, { recentLimit = 50, ...options }: GetTeamDashboardOptions) {
  const results = await listResults(prisma, options);
  return { ...summariseResults(results), recent: results.slice(0, recentLimit) };
}
export type TTeamDashboard = Awaited<ReturnType<typeof getTeamDashboard>>;
