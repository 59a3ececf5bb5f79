import type { PrismaClient } from "../../generated/prisma/client";

export type ListAuditOptions = { limit?: number; before?: Date };

export async function listAudit(prisma: PrismaClient, { limit = 200, before }: ListAuditOptions = {}) {
  return prisma.auditEntry.findMany({
    where: before ? { createdAt: { lt: before } } : undefined,
    orderBy: { createdAt: "desc" },
    take: Math.min(limit, 1000),
    include: { actor: { select: { username: true, name: true } } },
  });
}
