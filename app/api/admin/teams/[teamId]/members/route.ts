import { guardRoute, readJson } from "@/app/_lib/guard-route";
import { ZAddTeamMemberInput } from "@/lib/accounts/account-schemas";
import { getPrisma } from "@/lib/db/get-database";
import { addTeamMember } from "@/lib/teams/add-team-member";

export const POST = guardRoute<{ teamId: string }>("/api/admin/teams/[teamId]/members", async (request, { viewer, params }) => {
  const { userId } = ZAddTeamMemberInput.parse(await readJson(request));
  await addTeamMember(await getPrisma(), { teamId: params.teamId, userId, actorId: viewer.id });
  return new Response(null, { status: 204 });
});
