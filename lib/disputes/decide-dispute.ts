import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { recordAudit } from "../audit/record-audit";
import type { TViewer } from "../auth/get-viewer";
import { AppError } from "../errors/app-error";
import { assertCallAccess } from "../reports/assert-call-access";
import { REPORT_SELECT, toScoreReport, toStoredReport } from "../reports/stored-report";
import { storedCallTranscript } from "./call-transcript";
import { ZDecideDisputeInput } from "./dispute-schemas";
import { rescoreWithout } from "./rescore-without";

export type DecideDisputeOptions = { viewer: TViewer; disputeId: string; input: unknown };

/**
 * A supervisor (or trainer) of the trainee's team decides an open dispute. Accepted: the finding is
 * withdrawn, the scores and verdict are computed again without it, and the report as first scored
 * is kept beside the new one. Rejected: the trainee reads the reply. Either way it is audited.
 */
export async function decideDispute(prisma: PrismaClient, { viewer, disputeId, input }: DecideDisputeOptions) {
  const decision = ZDecideDisputeInput.parse(input);
  const dispute = await prisma.findingDispute.findUnique({
    where: { id: disputeId },
    include: { finding: { include: { report: { select: { ...REPORT_SELECT, originalReport: true } } } } },
  });
  if (!dispute) throw new AppError("not_found", "No such dispute.");
  await assertCallAccess(prisma, { viewer, callId: dispute.callId });
  if (dispute.status !== "open") throw new AppError("conflict", "This dispute was already decided.");
  const { finding } = dispute;
  const status = decision.decision === "accept" ? "accepted" : "rejected";
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.findingDispute.updateMany({
      where: { id: disputeId, status: "open" },
      data: { status, reply: decision.reply ?? null, decidedById: viewer.id, decidedAt: new Date() },
    });
    if (claimed.count === 0) throw new AppError("conflict", "This dispute was already decided.");
    let scores: { before: number; after: number } | undefined;
    if (status === "accepted") {
      const original = toScoreReport(finding.report);
      const rescored = rescoreWithout(original, await storedCallTranscript(tx, dispute.callId, original.ruleset), finding);
      // The finding's row stays, withdrawn: the report read from the rows no longer holds it.
      await tx.finding.update({ where: { id: finding.id }, data: { withdrawn: true } });
      await tx.scoreReport.update({
        where: { id: finding.reportId },
        data: {
          ...rescored.scores,
          report: toStoredReport(rescored).stored as Prisma.InputJsonValue,
          // The first override keeps the report as scored, whole; later ones keep that same original.
          originalReport: (finding.report.originalReport ?? original) as Prisma.InputJsonValue,
        },
      });
      scores = { before: original.scores.overall, after: rescored.scores.overall };
    }
    await recordAudit(tx, {
      actorId: viewer.id,
      action: status === "accepted" ? "finding.dispute_accept" : "finding.dispute_reject",
      entityType: "finding",
      entityId: finding.id,
      detail: { callId: dispute.callId, disputeId, ruleId: finding.ruleId, ...(scores ? { overall: scores } : {}) },
    });
    return { id: disputeId, status, overall: scores?.after ?? finding.report.overall };
  });
}
