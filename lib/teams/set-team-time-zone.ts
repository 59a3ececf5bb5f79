import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import { accountError } from "../accounts/account-error";
import { recordAudit } from "../audit/record-audit";
import { ZTimeZone } from "./team-time-zone";

export const ZTeamTimeZoneInput = z.object({ timeZone: ZTimeZone });

export type SetTeamTimeZoneOptions = { teamId: string; timeZone: string; actorId: string };

/** Sets the time zone a team's days are read in (dashboard days, date filters); audited with the zone before and after. */
export async function setTeamTimeZone(prisma: PrismaClient, { teamId, timeZone, actorId }: SetTeamTimeZoneOptions) {
  const zone = ZTimeZone.parse(timeZone);
  const team = await prisma.team.findUnique({ where: { id: teamId } });
  if (!team) throw accountError("not_found", "no_such_team", `No team with id "${teamId}".`);
  if (team.timeZone === zone) return team;
  return prisma.$transaction(async (tx) => {
    const updated = await tx.team.update({ where: { id: teamId }, data: { timeZone: zone } });
    await recordAudit(tx, { actorId, action: "team.time_zone", entityType: "team", entityId: teamId, detail: { before: team.timeZone, after: zone, name: team.name } });
    return updated;
  });
}
