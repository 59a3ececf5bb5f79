import { z } from "zod";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";

export const ZAuditAction = z.enum([
  "user.create",
  "team.create",
  "team.add_member",
  "scenario.create_version",
  "scenario.rollback",
  "scenario.import",
  "assignment.create",
  "assignment.delete",
  "report.view",
  "report.export",
  "quality_review.upload",
]);
export type TAuditAction = z.infer<typeof ZAuditAction>;

export type RecordAuditOptions = {
  actorId: string | null;
  action: TAuditAction;
  entityType: string;
  entityId: string;
  detail?: Prisma.InputJsonValue;
};

type AuditWriter = Pick<PrismaClient, "auditEntry"> | Prisma.TransactionClient;

export async function recordAudit(db: AuditWriter, options: RecordAuditOptions): Promise<void> {
  await db.auditEntry.create({ data: options });
}
