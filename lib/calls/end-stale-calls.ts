import type { PrismaClient } from "../../generated/prisma/client";
import { getStaleCallMinutes } from "./stale-call-setting";
import { ABANDONED } from "./unscored-outcomes";

export type EndStaleCallsOptions = { traineeId: string; now?: Date };

/**
 * Ends the trainee's unfinished calls that have had no turn for the time a trainer set, as
 * abandoned. Run when the trainee looks at their scenarios or progress, so a call left open
 * in a closed tab stops showing as in progress without any background job.
 */
export async function endStaleCalls(prisma: PrismaClient, { traineeId, now = new Date() }: EndStaleCallsOptions): Promise<number> {
  const minutes = await getStaleCallMinutes(prisma);
  const cutoff = new Date(now.getTime() - minutes * 60_000);
  const open = await prisma.practiceCall.findMany({
    where: { traineeId, status: "active" },
    select: { id: true, turns: { orderBy: { index: "desc" }, take: 1, select: { createdAt: true } } },
  });
  const stale = open.filter((call) => (call.turns[0]?.createdAt ?? now) < cutoff).map((call) => call.id);
  if (stale.length === 0) return 0;
  // The revision moves on, so a tab still open on such a call is told to reload rather than play on.
  const ended = await prisma.practiceCall.updateMany({
    where: { id: { in: stale }, status: "active" },
    data: { status: "ended", outcome: ABANDONED, endedAt: now, revision: { increment: 1 } },
  });
  return ended.count;
}
