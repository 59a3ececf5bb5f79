import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { recordAudit } from "../audit/record-audit";
import { assertCallAccess } from "./assert-call-access";
import { CALL_REVIEW_INCLUDE, toCallReview } from "./call-review";

export type GetCallReviewOptions = { viewer: TViewer; callId: string };

/** One practice call for a supervisor of its trainee's team; each view is written to the audit log. */
export async function getCallReview(prisma: PrismaClient, { viewer, callId }: GetCallReviewOptions) {
  await assertCallAccess(prisma, { viewer, callId });
  const call = await prisma.practiceCall.findUniqueOrThrow({ where: { id: callId }, include: CALL_REVIEW_INCLUDE });
  await recordAudit(prisma, { actorId: viewer.id, action: "report.view", entityType: "practice_call", entityId: callId });
  return toCallReview(call);
}
