import type { PrismaClient } from "../../generated/prisma/client";

export type ListAuditOptions = { limit?: number; before?: Date };

export async function listAudit(prisma: PrismaClient, { limit = 200, before }: ListAuditOptions = {}) {
  const entries = await prisma.auditEntry.findMany({
    where: before ? { createdAt: { lt: before } } : undefined,
    orderBy: { createdAt: "desc" },
    take: Math.min(limit, 1000),
    include: { actor: { select: { username: true, name: true } } },
  });
  // The actor as they were when they acted; entries written before that was kept show today's name.
  return entries.map(({ actorName, actorUsername, actor, ...entry }) => ({
    ...entry,
    actor: actor || actorName ? { username: actorUsername ?? actor?.username ?? null, name: actorName ?? actor?.name ?? "" } : null,
  }));
}
