import { z } from "zod";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";

export const ZAuditAction = z.enum([
  "user.create",
  "user.update",
  "user.deactivate",
  "user.reactivate",
  "user.reset_password",
  "user.change_password",
  "team.create",
  "team.rename",
  "team.time_zone",
  "team.add_member",
  "team.remove_member",
  "scenario.create_version",
  "scenario.rollback",
  "scenario.import",
  "assignment.create",
  "assignment.delete",
  "report.view",
  "report.export",
  "quality_review.upload",
  "comment.add",
  "auth.sign_in_failed",
  "setting.update",
  "finding.dispute",
  "finding.dispute_accept",
  "finding.dispute_reject",
  "finding.proposal_accept",
  "finding.proposal_reject",
]);
export type TAuditAction = z.infer<typeof ZAuditAction>;

export type RecordAuditOptions = {
  actorId: string | null;
  action: TAuditAction;
  entityType: string;
  entityId: string;
  detail?: Prisma.InputJsonValue;
};

type AuditWriter = Pick<PrismaClient, "auditEntry" | "user"> | Prisma.TransactionClient;

/** Writes one entry with the actor's name and username as they are now, so the log keeps who acted. */
export async function recordAudit(db: AuditWriter, options: RecordAuditOptions): Promise<void> {
  const actor = options.actorId ? await db.user.findUnique({ where: { id: options.actorId }, select: { name: true, username: true } }) : null;
  await db.auditEntry.create({ data: { ...options, actorName: actor?.name ?? null, actorUsername: actor?.username ?? null } });
}
