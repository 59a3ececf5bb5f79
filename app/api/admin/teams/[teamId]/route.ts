import { guardRoute, readJson } from "@/app/_lib/guard-route";
import { ZCreateTeamInput } from "@/lib/accounts/account-schemas";
import { getPrisma } from "@/lib/db/get-database";
import { renameTeam } from "@/lib/teams/rename-team";

export const PATCH = guardRoute<{ teamId: string }>("/api/admin/teams/[teamId]", async (request, { viewer, params }) => {
  const { name } = ZCreateTeamInput.parse(await readJson(request));
  return renameTeam(await getPrisma(), { teamId: params.teamId, name, actorId: viewer.id });
});
