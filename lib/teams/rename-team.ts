import type { PrismaClient } from "../../generated/prisma/client";
import { accountError } from "../accounts/account-error";
import { ZTeamName } from "../accounts/account-schemas";
import { recordAudit } from "../audit/record-audit";

export type RenameTeamOptions = { teamId: string; name: string; actorId: string };

export async function renameTeam(prisma: PrismaClient, { teamId, name, actorId }: RenameTeamOptions) {
  const newName = ZTeamName.parse(name);
  const team = await prisma.team.findUnique({ where: { id: teamId } });
  if (!team) throw accountError("not_found", "no_such_team", `No team with id "${teamId}".`);
  if (team.name === newName) return team;
  if (await prisma.team.findUnique({ where: { name: newName } })) throw accountError("conflict", "team_name_taken", `A team named "${newName}" already exists.`);
  return prisma.$transaction(async (tx) => {
    const renamed = await tx.team.update({ where: { id: teamId }, data: { name: newName } });
    await recordAudit(tx, { actorId, action: "team.rename", entityType: "team", entityId: teamId, detail: { before: team.name, after: newName, name: newName } });
    return renamed;
  });
}
