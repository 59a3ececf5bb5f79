import type { PrismaClient } from "../../generated/prisma/client";
import { accountError } from "../accounts/account-error";
import { recordAudit } from "../audit/record-audit";

export type RemoveTeamMemberOptions = { teamId: string; userId: string; actorId: string };

/** Takes a person out of a team: they stop seeing its data at once; their own calls and reports stay. */
export async function removeTeamMember(prisma: PrismaClient, { teamId, userId, actorId }: RemoveTeamMemberOptions): Promise<void> {
  const membership = await prisma.teamMembership.findUnique({
    where: { teamId_userId: { teamId, userId } },
    include: { team: { select: { name: true } }, user: { select: { name: true } } },
  });
  if (!membership) throw accountError("not_found", "not_member", "That person is not in that team.");
  await prisma.$transaction(async (tx) => {
    await tx.teamMembership.delete({ where: { teamId_userId: { teamId, userId } } });
    await recordAudit(tx, {
      actorId,
      action: "team.remove_member",
      entityType: "team",
      entityId: teamId,
      detail: { userId, name: membership.team.name, memberName: membership.user.name },
    });
  });
}
