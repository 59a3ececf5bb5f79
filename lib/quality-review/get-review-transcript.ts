import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors/app-error";
import { scopeTeamIds } from "../reports/scope-team-ids";
import { ZTranscript } from "../transcript/transcript-schema";

export type GetReviewTranscriptOptions = { viewer: TViewer; reviewId: string };

/**
 * The whole transcript of an uploaded real call, scored yet or not (a trainer drafts a scenario
 * from it), for staff of its team; each read is audited as a view of the review.
 */
export async function getReviewTranscript(prisma: PrismaClient, { viewer, reviewId }: GetReviewTranscriptOptions) {
  const review = await prisma.qualityReview.findUnique({ where: { id: reviewId }, select: { id: true, teamId: true, fileName: true, transcript: true } });
  if (!review) throw new AppError("not_found", "No such quality review.");
  const teamIds = scopeTeamIds(viewer);
  if (teamIds && !(review.teamId && teamIds.includes(review.teamId))) {
    throw new AppError("forbidden", "This review belongs to a team you do not supervise.");
  }
  await recordAudit(prisma, { actorId: viewer.id, action: "report.view", entityType: "quality_review", entityId: review.id });
  return { id: review.id, fileName: review.fileName, transcript: ZTranscript.parse(review.transcript) };
}
