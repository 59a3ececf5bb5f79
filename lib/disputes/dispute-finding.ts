import type { PrismaClient } from "../../generated/prisma/client";
import { recordAudit } from "../audit/record-audit";
import type { TViewer } from "../auth/get-viewer";
import { getOwnedCall } from "../calls/get-owned-call";
import { AppError } from "../errors/app-error";
import { ZDisputeFindingInput } from "./dispute-schemas";

export type DisputeFindingOptions = { viewer: TViewer; callId: string; input: unknown };

/**
 * The trainee disputes one fault the scorer found in their own scored call, with a reason. Each
 * finding can be disputed once; strengths are not disputed. Audited.
 */
export async function disputeFinding(prisma: PrismaClient, { viewer, callId, input }: DisputeFindingOptions) {
  const { findingId, reason } = ZDisputeFindingInput.parse(input);
  const call = await getOwnedCall(prisma, viewer, callId);
  const finding = call.report && (await prisma.finding.findFirst({ where: { id: findingId, reportId: call.report.id }, include: { dispute: true } }));
  if (!finding) throw new AppError("not_found", "No such finding in this call's report.");
  if (finding.severity === "positive") throw new AppError("invalid_input", "A strength cannot be disputed.");
  if (finding.dispute) throw new AppError("conflict", "This finding is already disputed.");
  return prisma.$transaction(async (tx) => {
    const dispute = await tx.findingDispute.create({ data: { findingId, callId, traineeId: viewer.id, reason } });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "finding.dispute",
      entityType: "finding",
      entityId: findingId,
      detail: { callId, disputeId: dispute.id, ruleId: finding.ruleId },
    });
    return dispute;
  });
}
