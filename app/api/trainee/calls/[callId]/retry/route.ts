import { z } from "zod";
import { guardRoute, readJson } from "@/app/_lib/guard-route";
import { retryFromTurn } from "@/lib/calls/retry-from-turn";
import { getPrisma } from "@/lib/db/get-database";

const ZRetryInput = z.object({ turn: z.number().int().min(1).max(100_000) });

/** "Try this line again": a new call from just before one of the trainee's lines in an ended call. */
export const POST = guardRoute<{ callId: string }>("/api/trainee/calls/[callId]/retry", async (request, { viewer, params }) => {
  const { turn } = ZRetryInput.parse(await readJson(request));
  return Response.json(await retryFromTurn(await getPrisma(), { viewer, callId: params.callId, turn }), { status: 201 });
});
