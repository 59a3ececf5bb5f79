import { guardRoute, readJson } from "@/app/_lib/guard-route";
import { ZStartCallInput } from "@/lib/calls/call-schemas";
import { startPracticeCall } from "@/lib/calls/start-practice-call";
import { getPrisma } from "@/lib/db/get-database";

export const POST = guardRoute("/api/trainee/calls", async (request, { viewer }) => {
  const input = ZStartCallInput.parse(await readJson(request));
  // A few bytes: compressing them costs the server more than it saves, and a whole room dials at once.
  return Response.json(await startPracticeCall(await getPrisma(), { viewer, ...input }), { status: 201, headers: { "cache-control": "no-store, no-transform" } });
});
