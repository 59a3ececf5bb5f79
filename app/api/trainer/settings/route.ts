import { guardRoute, readJson } from "@/app/_lib/guard-route";
import { setStaleCallMinutes } from "@/lib/calls/stale-call-setting";
import { getPrisma } from "@/lib/db/get-database";

/** Practice settings a trainer sets for everyone: how long an unfinished call may sit before it is abandoned. */
export const POST = guardRoute("/api/trainer/settings", async (request, { viewer }) => setStaleCallMinutes(await getPrisma(), { viewer, input: await readJson(request) }));
