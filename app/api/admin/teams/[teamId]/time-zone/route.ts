import { guardRoute, readJson } from "@/app/_lib/guard-route";
import { getPrisma } from "@/lib/db/get-database";
import { setTeamTimeZone, ZTeamTimeZoneInput } from "@/lib/teams/set-team-time-zone";

/** Sets the team's time zone: its dashboard days and date filters are local days there. */
export const PATCH = guardRoute<{ teamId: string }>("/api/admin/teams/[teamId]/time-zone", async (request, { viewer, params }) => {
  const { timeZone } = ZTeamTimeZoneInput.parse(await readJson(request));
  return setTeamTimeZone(await getPrisma(), { teamId: params.teamId, timeZone, actorId: viewer.id });
});
