import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { verdictsOfReports } from "./verdicts-of-reports";

export type ListCollectorReviewsOptions = { viewer: TViewer; limit?: number };

/**
 * The scored quality reviews of real calls the viewer made as collector, newest first: what a
 * supervisor's review of their real work found, for their progress page. Kept apart from practice:
 * none of these is an attempt, and none enters the practice pass rate or statistics.
 */
export async function listCollectorReviews(prisma: PrismaClient, { viewer, limit = 100 }: ListCollectorReviewsOptions) {
  const reviews = await prisma.qualityReview.findMany({
    where: { collectorId: viewer.id, report: { isNot: null } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      transcriptId: true,
      fileName: true,
      createdAt: true,
      report: { select: { id: true, ruleset: true, overall: true, empathy: true, accuracy: true, compliance: true } },
    },
  });
  const verdicts = await verdictsOfReports(
    prisma,
    reviews.flatMap(({ report }) => (report ? [{ id: report.id, scores: report }] : [])),
  );
  const rows = reviews.flatMap(({ report, ...review }) => {
    if (!report) return [];
    const { id, ruleset, ...scores } = report;
    const verdict = verdicts.get(id)!;
    return [
      {
        reviewId: review.id,
        name: review.transcriptId ?? review.fileName ?? review.id,
        createdAt: review.createdAt,
        ruleset,
        scores,
        passed: verdict.passed,
        rulesBroken: verdict.rulesBroken,
      },
    ];
  });
  return { reviews: rows, passed: rows.filter((row) => row.passed).length };
}
export type TCollectorReviews = Awaited<ReturnType<typeof listCollectorReviews>>;
