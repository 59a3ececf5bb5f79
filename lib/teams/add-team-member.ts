import type { PrismaClient } from "../../generated/prisma/client";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors/app-error";

export type AddTeamMemberOptions = { teamId: string; userId: string; actorId: string | null };

export async function addTeamMember(prisma: PrismaClient, { teamId, userId, actorId }: AddTeamMemberOptions) {
  const [team, user] = await Promise.all([prisma.team.findUnique({ where: { id: teamId } }), prisma.user.findUnique({ where: { id: userId } })]);
  if (!team) throw new AppError("not_found", `No team with id "${teamId}".`);
  if (!user) throw new AppError("not_found", `No user with id "${userId}".`);
  await prisma.$transaction(async (tx) => {
    await tx.teamMembership.upsert({ where: { teamId_userId: { teamId, userId } }, create: { teamId, userId }, update: {} });
    await recordAudit(tx, { actorId, action: "team.add_member", entityType: "team", entityId: teamId, detail: { userId } });
  });
}
