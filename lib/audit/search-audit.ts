import type { PrismaClient } from "../../generated/prisma/client";
import { AUDIT_PAGE_SIZE, auditWhere, type TAuditQuery } from "./audit-query";
import { describeAuditSubjects } from "./describe-audit-entries";

/** The most an export holds: a year of a busy team's log, well within one response. */
const EXPORT_LIMIT = 20_000;

/**
 * One page of the audit log as an administrator reads it, newest first: who acted (name as it
 * was), what they did, and to whom or what by name. With `all`, every matching entry up to the
 * export limit (for CSV).
 */
export async function searchAudit(prisma: PrismaClient, query: TAuditQuery, { all = false }: { all?: boolean } = {}) {
  const where = auditWhere(query);
  const [total, entries] = await Promise.all([
    prisma.auditEntry.count({ where }),
    prisma.auditEntry.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: all ? 0 : (query.page - 1) * AUDIT_PAGE_SIZE,
      take: all ? EXPORT_LIMIT : AUDIT_PAGE_SIZE,
      include: { actor: { select: { username: true, name: true } } },
    }),
  ]);
  const subjects = await describeAuditSubjects(prisma, entries);
  return {
    total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    entries: entries.map(({ actorName, actorUsername, actor, detail, ...entry }, index) => ({
      id: entry.id,
      createdAt: entry.createdAt,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      // The actor as they were when they acted; entries written before that was kept show today's name.
      actor: actor || actorName ? { name: actorName ?? actor?.name ?? "", username: actorUsername ?? actor?.username ?? null } : null,
      subject: subjects[index]!,
      detail,
    })),
  };
}
export type TAuditPage = Awaited<ReturnType<typeof searchAudit>>;
