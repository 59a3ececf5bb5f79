import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors/app-error";
import { assessResult } from "../reports/assess-result";
import { scopeTeamIds } from "../reports/scope-team-ids";
import { ZScoreReport } from "../scoring/report-schema";
import { ZTranscript } from "../transcript/transcript-schema";

export type GetQualityReviewOptions = { viewer: TViewer; reviewId: string };

/** One uploaded real call with its report, for staff of its team; each view is audited. */
export async function getQualityReview(prisma: PrismaClient, { viewer, reviewId }: GetQualityReviewOptions) {
  const review = await prisma.qualityReview.findUnique({
    where: { id: reviewId },
    include: { uploadedBy: { select: { id: true, name: true } }, report: { select: { report: true } } },
  });
  if (!review?.report) throw new AppError("not_found", "No such quality review.");
  // A review without a team (its team was removed) is an admin's to read.
  const teamIds = scopeTeamIds(viewer);
  if (teamIds && !(review.teamId && teamIds.includes(review.teamId))) {
    throw new AppError("forbidden", "This review belongs to a team you do not supervise.");
  }
  const team = review.teamId ? await prisma.team.findUnique({ where: { id: review.teamId }, select: { id: true, name: true } }) : null;
  await recordAudit(prisma, { actorId: viewer.id, action: "report.view", entityType: "quality_review", entityId: review.id });
  const report = ZScoreReport.parse(review.report.report);
  return {
    id: review.id,
    fileName: review.fileName,
    createdAt: review.createdAt,
    uploadedBy: review.uploadedBy,
    team,
    transcript: ZTranscript.parse(review.transcript),
    report: { ...report, ...assessResult(report.scores, report.findings) },
  };
}
