import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { AppError } from "../errors/app-error";
import { callState, jsonColumn } from "./call-state";
import { scenarioOfVersion } from "./scenario-of-version";

const ZTurnCall = z.object({
  id: z.string(),
  traineeId: z.string(),
  status: z.enum(["active", "ended"]),
  outcome: z.string().nullable(),
  revision: z.number().int(),
  seed: z.number().int(),
  scenarioVersionId: z.string(),
  moodHidden: z.boolean(),
  turns: jsonColumn(z.array(z.object({ speaker: z.enum(["agent", "customer"]), text: z.string(), party: z.string().nullable() }))),
  persona: jsonColumn(z.unknown()),
});

/**
 * What one turn needs of a practice call of the signed-in trainee (anyone else's is "not found"):
 * its state (rebuilt from its turns and the latest customer turn's snapshot) and its scenario. One
 * query: the call, its words and that one snapshot, not every turn's snapshot nor the report.
 */
export async function getCallForTurn(prisma: PrismaClient, viewer: TViewer, callId: string) {
  const rows = await prisma.$queryRaw<unknown[]>`
    SELECT c."id", c."traineeId", c."status"::text AS "status", c."outcome"::text AS "outcome", c."revision", c."seed", c."scenarioVersionId", c."moodHidden",
      COALESCE((SELECT json_agg(json_build_object('speaker', t."speaker", 'text', t."text", 'party', t."party") ORDER BY t."index")
        FROM "CallTurn" t WHERE t."callId" = c."id"), '[]'::json) AS "turns",
      (SELECT t."snapshot" FROM "CallTurn" t WHERE t."callId" = c."id" AND t."speaker" = 'customer' ORDER BY t."index" DESC LIMIT 1) AS "persona"
    FROM "PracticeCall" c WHERE c."id" = ${callId}`;
  if (rows.length === 0) throw new AppError("not_found", "No such call.");
  const call = ZTurnCall.parse(rows[0]);
  if (call.traineeId !== viewer.id) throw new AppError("not_found", "No such call.");
  const scenario = await scenarioOfVersion(prisma, call.scenarioVersionId);
  const state = callState({ scenario, seed: call.seed, turns: withLatestSnapshot(call.turns, call.persona), status: call.status, outcome: call.outcome });
  return { ...call, scenario, state };
}

/** Only the latest customer turn's snapshot is read: the state goes on from it. */
function withLatestSnapshot<T extends { speaker: string }>(turns: readonly T[], snapshot: unknown) {
  const last = turns.findLastIndex((turn) => turn.speaker === "customer");
  return turns.map((turn, index) => (index === last ? { ...turn, snapshot } : turn));
}
