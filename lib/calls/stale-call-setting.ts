import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import { recordAudit } from "../audit/record-audit";
import type { TViewer } from "../auth/get-viewer";

const KEY = "practice.staleCallMinutes";

/** A call with no turn for this long is abandoned, unless a trainer set another time. */
export const DEFAULT_STALE_CALL_MINUTES = 120;

export const ZStaleCallSetting = z.object({
  staleCallMinutes: z.number().int("whole minutes").min(5, "at least 5 minutes").max(10_080, "at most 7 days (10,080 minutes)"),
});
export type TStaleCallSetting = z.infer<typeof ZStaleCallSetting>;

/** How long an unfinished call may sit without a turn before it is ended as abandoned (instance-wide). */
export async function getStaleCallMinutes(prisma: PrismaClient): Promise<number> {
  const stored = await prisma.setting.findUnique({ where: { key: KEY } });
  const parsed = ZStaleCallSetting.shape.staleCallMinutes.safeParse(Number(stored?.value));
  return parsed.success ? parsed.data : DEFAULT_STALE_CALL_MINUTES;
}

/** A trainer sets that time; the change is audited. */
export async function setStaleCallMinutes(prisma: PrismaClient, { viewer, input }: { viewer: TViewer; input: unknown }): Promise<TStaleCallSetting> {
  const { staleCallMinutes } = ZStaleCallSetting.parse(input);
  await prisma.$transaction(async (tx) => {
    await tx.setting.upsert({ where: { key: KEY }, create: { key: KEY, value: String(staleCallMinutes) }, update: { value: String(staleCallMinutes) } });
    await recordAudit(tx, { actorId: viewer.id, action: "setting.update", entityType: "setting", entityId: KEY, detail: { staleCallMinutes } });
  });
  return { staleCallMinutes };
}
