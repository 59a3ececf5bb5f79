import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { assertCallAccess } from "../reports/assert-call-access";
import { REVIEW_COMMENT_SELECT } from "./review-comment-schema";

export type ListReviewCommentsOptions = { viewer: TViewer; callId: string };

/** Supervisors' comments on a call, oldest first: for its team's supervisors and for its own trainee. */
export async function listReviewComments(prisma: PrismaClient, { viewer, callId }: ListReviewCommentsOptions) {
  await assertCallAccess(prisma, { viewer, callId, allowOwnTrainee: true });
  return prisma.reviewComment.findMany({
    where: { callId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: REVIEW_COMMENT_SELECT,
  });
}
export type TReviewComment = Awaited<ReturnType<typeof listReviewComments>>[number];
