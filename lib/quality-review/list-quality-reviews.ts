import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { scopeTeamIds } from "../reports/scope-team-ids";
import { reviewProgress, type TReviewStatus } from "./get-review-progress";
import { verdictsOfReports } from "./verdicts-of-reports";

export type ListQualityReviewsOptions = { viewer: TViewer; teamId?: string; limit?: number };

/**
 * Real calls uploaded for review in the viewer's teams, newest first: each with its state, and once
 * scored its scores and verdict.
 */
export async function listQualityReviews(prisma: PrismaClient, { viewer, teamId, limit = 200 }: ListQualityReviewsOptions) {
  const teamIds = scopeTeamIds(viewer, teamId);
  const [reviews, teams] = await Promise.all([
    prisma.qualityReview.findMany({
      where: { teamId: teamIds ? { in: teamIds } : undefined },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: limit,
      select: {
        id: true,
        fileName: true,
        transcriptId: true,
        teamId: true,
        collector: { select: { id: true, name: true } },
        createdAt: true,
        uploadedBy: { select: { id: true, name: true } },
        scoringJob: { select: { failure: true, leaseUntil: true } },
        report: {
          select: {
            ruleset: true,
            overall: true,
            empathy: true,
            accuracy: true,
            compliance: true,
            id: true,
          },
        },
      },
    }),
    prisma.team.findMany({ where: { id: teamIds ? { in: teamIds } : undefined }, select: { id: true, name: true } }),
  ]);
  const teamName = new Map(teams.map((team) => [team.id, team.name]));
  const verdicts = await verdictsOfReports(
    prisma,
    reviews.flatMap(({ report }) => (report ? [{ id: report.id, scores: report }] : [])),
  );
  const now = new Date();
  return reviews.map(({ report, scoringJob, teamId: reviewTeamId, ...review }) => {
    const team = reviewTeamId ? { id: reviewTeamId, name: teamName.get(reviewTeamId) ?? "" } : null;
    const status: TReviewStatus = reviewProgress(
      { id: review.id, fileName: review.fileName, report: report && { overall: report.overall, criticalCount: 0 }, scoringJob },
      now,
    ).status;
    if (!report) return { ...review, team, status, scored: undefined };
    const { id, ruleset, ...scores } = report;
    return { ...review, team, status, scored: { ruleset, scores, ...verdicts.get(id)! } };
  });
}
export type TQualityReviewRow = Awaited<ReturnType<typeof listQualityReviews>>[number];
