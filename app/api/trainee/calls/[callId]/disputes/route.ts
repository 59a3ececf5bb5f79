import { guardRoute, readJson } from "@/app/_lib/guard-route";
import { getPrisma } from "@/lib/db/get-database";
import { disputeFinding } from "@/lib/disputes/dispute-finding";

/** The trainee disputes a finding of their own scored call, with a reason. */
export const POST = guardRoute<{ callId: string }>("/api/trainee/calls/[callId]/disputes", async (request, { viewer, params }) => {
  const dispute = await disputeFinding(await getPrisma(), { viewer, callId: params.callId, input: await readJson(request) });
  return Response.json(dispute, { status: 201 });
});
