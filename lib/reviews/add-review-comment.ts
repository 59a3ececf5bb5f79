import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors/app-error";
import { assertCallAccess } from "../reports/assert-call-access";
import { REVIEW_COMMENT_SELECT, ZAddReviewCommentInput, type TAddReviewCommentInput } from "./review-comment-schema";

export type AddReviewCommentOptions = { viewer: TViewer; callId: string; input: TAddReviewCommentInput };

/** A supervisor's comment on a call of their team, optionally pinned to one of its turns. */
export async function addReviewComment(prisma: PrismaClient, { viewer, callId, input }: AddReviewCommentOptions) {
  const { text, turn } = ZAddReviewCommentInput.parse(input);
  await assertCallAccess(prisma, { viewer, callId });
  if (turn != null && !(await prisma.callTurn.findUnique({ where: { callId_index: { callId, index: turn } } }))) {
    throw new AppError("invalid_input", "The call has no such turn.", [{ path: "turn", message: `no turn ${turn}` }]);
  }
  return prisma.$transaction(async (tx) => {
    const comment = await tx.reviewComment.create({ data: { callId, authorId: viewer.id, turn, text }, select: REVIEW_COMMENT_SELECT });
    await recordAudit(tx, { actorId: viewer.id, action: "comment.add", entityType: "practice_call", entityId: callId, detail: { turn: turn ?? null } });
    return comment;
  });
}
