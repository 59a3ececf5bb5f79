import { guardRoute } from "@/app/_lib/guard-route";
import { getPrisma } from "@/lib/db/get-database";
import { listTeamResults } from "@/lib/reports/list-team-results";

export const GET = guardRoute<{ teamId: string }>("/api/supervisor/teams/[teamId]/results", async (_request, { viewer, params }) =>
  listTeamResults(await getPrisma(), { viewer, teamId: params.teamId }),
);
