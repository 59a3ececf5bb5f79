import { guardRoute } from "@/app/_lib/guard-route";
import { getPrisma } from "@/lib/db/get-database";
import { removeTeamMember } from "@/lib/teams/remove-team-member";

export const DELETE = guardRoute<{ teamId: string; userId: string }>("/api/admin/teams/[teamId]/members/[userId]", async (_request, { viewer, params }) => {
  await removeTeamMember(await getPrisma(), { teamId: params.teamId, userId: params.userId, actorId: viewer.id });
  return new Response(null, { status: 204 });
});
