import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";

export type SaveTurnPairOptions = {
  callId: string;
  /** The revision the turn was played from: the save happens only if the call is still there. */
  revision: number;
  /** Index of the trainee's turn; the customer's reply is the next one. */
  index: number;
  agentText: string;
  customerText: string;
  party: string | null;
  /** The customer's mood as the machine decided it for the reply. */
  mood: string | null;
  /** The customer machine's state after the reply, kept with the reply. */
  persona: unknown;
};

/**
 * Stores one played turn in one statement: the call moves to the next revision and both turns are
 * added (the reply with the customer machine's snapshot after it, which is the call's new state), only if the call is still active at the revision the turn was played
 * from. Answers whether it was saved (false: another tab moved the call on). One statement rather
 * than an interactive transaction: the commonest write of a practice call is one round trip, and
 * on the embedded database it holds the database for one statement only.
 */
export async function saveTurnPair(db: PrismaClient | Prisma.TransactionClient, options: SaveTurnPairOptions): Promise<boolean> {
  const { callId, revision, index, agentText, customerText, party, mood, persona } = options;
  const inserted = await db.$executeRaw`
    WITH claimed AS (
      UPDATE "PracticeCall" SET "revision" = "revision" + 1
      WHERE "id" = ${callId} AND "revision" = ${revision} AND "status" = 'active'
      RETURNING "id"
    )
    INSERT INTO "CallTurn" ("id", "callId", "index", "speaker", "text", "party", "mood", "snapshot", "createdAt")
    SELECT turn.id, claimed."id", turn.index, turn.speaker, turn.text, turn.party, turn.mood, turn.snapshot, now() AT TIME ZONE 'UTC'
    FROM claimed, (VALUES
      (${randomUUID()}, ${index}::int, 'agent'::"Speaker", ${agentText}, NULL::text, NULL::text, NULL::jsonb),
      (${randomUUID()}, ${index + 1}::int, 'customer'::"Speaker", ${customerText}, ${party}::text, ${mood}::text, ${JSON.stringify(persona)}::jsonb)
    ) AS turn(id, index, speaker, text, party, mood, snapshot)`;
  return inserted > 0;
}
