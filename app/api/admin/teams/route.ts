import { guardRoute, readJson } from "@/app/_lib/guard-route";
import { ZCreateTeamInput } from "@/lib/accounts/account-schemas";
import { getPrisma } from "@/lib/db/get-database";
import { createTeam } from "@/lib/teams/create-team";
import { listTeams } from "@/lib/teams/list-teams";

export const GET = guardRoute("/api/admin/teams", async (_request, { viewer }) => listTeams(await getPrisma(), viewer));

export const POST = guardRoute("/api/admin/teams", async (request, { viewer }) => {
  const { name } = ZCreateTeamInput.parse(await readJson(request));
  return Response.json(await createTeam(await getPrisma(), { name, actorId: viewer.id }), { status: 201 });
});
