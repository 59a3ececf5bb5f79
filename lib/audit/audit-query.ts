import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client";
import { ZAuditAction } from "./record-audit";

export const AUDIT_PAGE_SIZE = 50;

const ZDay = z.iso.date();

/** The audit log's filters as a URL carries them; anything unreadable is dropped rather than refused. */
export const ZAuditQuery = z.object({
  actor: z.string().min(1).max(200).optional().catch(undefined),
  action: ZAuditAction.optional().catch(undefined),
  from: ZDay.optional().catch(undefined),
  to: ZDay.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
  /** The reader's offset from UTC in minutes, as the browser's Date.getTimezoneOffset reports it. */
  tz: z.coerce.number().int().min(-840).max(840).default(0).catch(0),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

/** The entries a query selects. Days are whole days in the reader's time zone, so "to 2026-12-07" includes that evening wherever the reader is. */
export function auditWhere(query: TAuditQuery): Prisma.AuditEntryWhereInput {
  const dayStart = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + query.tz * 60_000);
  const createdAt = {
    ...(query.from ? { gte: dayStart(query.from) } : {}),
    ...(query.to ? { lt: new Date(dayStart(query.to).getTime() + 86_400_000) } : {}),
  };
  return {
    ...(query.actor ? { actorId: query.actor } : {}),
    ...(query.action ? { action: query.action } : {}),
    ...(query.from || query.to ? { createdAt } : {}),
  };
}
