import type { PrismaClient } from "../../generated/prisma/client";
import { recordAudit } from "../audit/record-audit";
import { accountError } from "../accounts/account-error";
import { ZCreateTeamInput } from "../accounts/account-schemas";

export async function createTeam(prisma: PrismaClient, { name, actorId }: { name: string; actorId: string | null }) {
  const input = ZCreateTeamInput.parse({ name });
  if (await prisma.team.findUnique({ where: { name: input.name } })) {
    throw accountError("conflict", "team_name_taken", `A team named "${input.name}" already exists.`);
  }
  return prisma.$transaction(async (tx) => {
    const team = await tx.team.create({ data: input });
    await recordAudit(tx, { actorId, action: "team.create", entityType: "team", entityId: team.id, detail: input });
    return team;
  });
}
