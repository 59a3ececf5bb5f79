import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { DEFAULT_TEAM_TIME_ZONE } from "../teams/team-time-zone";
import { scopeTeamIds } from "./scope-team-ids";

/**
 * The time zone whose calendar days the results are read in (the dashboard's days and its date
 * filters): the filtered team's; without a team filter, the zone all the viewer's teams share, or
 * UTC when they differ (then the page says so).
 */
export async function resultsTimeZone(prisma: PrismaClient, viewer: TViewer, teamId?: string): Promise<string> {
  const teamIds = scopeTeamIds(viewer, teamId);
  const zones = await prisma.team.findMany({ where: teamIds ? { id: { in: teamIds } } : {}, select: { timeZone: true }, distinct: ["timeZone"] });
  return zones.length === 1 ? zones[0]!.timeZone : DEFAULT_TEAM_TIME_ZONE;
}
