import type { PrismaClient } from "../../generated/prisma/client";
import { accountError } from "../accounts/account-error";
import { recordAudit } from "../audit/record-audit";

export type AddTeamMemberOptions = { teamId: string; userId: string; actorId: string | null };

export async function addTeamMember(prisma: PrismaClient, { teamId, userId, actorId }: AddTeamMemberOptions) {
  const [team, user] = await Promise.all([prisma.team.findUnique({ where: { id: teamId } }), prisma.user.findUnique({ where: { id: userId } })]);
  if (!team) throw accountError("not_found", "no_such_team", `No team with id "${teamId}".`);
  if (!user) throw accountError("not_found", "no_such_user", `No user with id "${userId}".`);
  if (await prisma.teamMembership.findUnique({ where: { teamId_userId: { teamId, userId } } })) {
    throw accountError("conflict", "already_member", `${user.name} is already in ${team.name}.`);
  }
  await prisma.$transaction(async (tx) => {
    await tx.teamMembership.create({ data: { teamId, userId } });
    await recordAudit(tx, { actorId, action: "team.add_member", entityType: "team", entityId: teamId, detail: { userId, name: team.name, memberName: user.name } });
  });
}
