import { guardRoute } from "@/app/_lib/guard-route";
import { getTraineeCall } from "@/lib/calls/get-trainee-call";
import { getPrisma } from "@/lib/db/get-database";

export const GET = guardRoute<{ callId: string }>("/api/trainee/calls/[callId]", async (_request, { viewer, params }) =>
  getTraineeCall(await getPrisma(), { viewer, callId: params.callId }),
);
