import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { scopeTeamIds } from "../reports/scope-team-ids";

export const ZReviewIds = z.array(z.string().min(1).max(64)).min(1, "name at least one review").max(100, "at most 100 reviews at once");

export type TReviewStatus = "queued" | "scoring" | "scored" | "failed";
export type TReviewProgress = {
  reviewId: string;
  fileName: string | null;
  status: TReviewStatus;
  /** Once scored. */
  overall?: number;
  criticalCount?: number;
  /** Once failed: what went wrong. */
  failure?: string;
};

type TReviewRow = {
  id: string;
  fileName: string | null;
  report: { overall: number; criticalCount: number } | null;
  scoringJob: { failure: string | null; leaseUntil: Date | null } | null;
};

/** Where one review stands: scored (it has its report), failed, being scored (a live lease) or queued. */
export function reviewProgress(row: TReviewRow, now: Date = new Date()): TReviewProgress {
  const base = { reviewId: row.id, fileName: row.fileName };
  if (row.report) return { ...base, status: "scored", overall: row.report.overall, criticalCount: row.report.criticalCount };
  if (row.scoringJob?.failure) return { ...base, status: "failed", failure: row.scoringJob.failure };
  if (row.scoringJob?.leaseUntil && row.scoringJob.leaseUntil > now) return { ...base, status: "scoring" };
  return { ...base, status: "queued" };
}

/** The select that reviewProgress reads, for any query over quality reviews. */
export const PROGRESS_SELECT = {
  id: true,
  fileName: true,
  report: { select: { overall: true, _count: { select: { findings: { where: { severity: "critical" } } } } } },
  scoringJob: { select: { failure: true, leaseUntil: true } },
} as const;

export function toProgressRow(row: {
  id: string;
  fileName: string | null;
  report: { overall: number; _count: { findings: number } } | null;
  scoringJob: { failure: string | null; leaseUntil: Date | null } | null;
}): TReviewRow {
  return { ...row, report: row.report && { overall: row.report.overall, criticalCount: row.report._count.findings } };
}

export type GetReviewProgressOptions = { viewer: TViewer; reviewIds: string[] };

/**
 * How far the scoring of the named reviews has got (an uploader watching their files): x of n
 * scored, and each file's state. Reviews of teams the viewer does not supervise are left out.
 */
export async function getReviewProgress(prisma: PrismaClient, { viewer, reviewIds }: GetReviewProgressOptions) {
  const ids = ZReviewIds.parse(reviewIds);
  const teamIds = scopeTeamIds(viewer);
  const rows = await prisma.qualityReview.findMany({
    where: { id: { in: ids }, ...(teamIds ? { teamId: { in: teamIds } } : {}) },
    select: PROGRESS_SELECT,
  });
  const byId = new Map(rows.map((row) => [row.id, reviewProgress(toProgressRow(row))]));
  const reviews = [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
  const count = (status: TReviewStatus) => reviews.filter((review) => review.status === status).length;
  return { total: reviews.length, scored: count("scored"), failed: count("failed"), done: count("scored") + count("failed") === reviews.length, reviews };
}
export type TUploadProgress = Awaited<ReturnType<typeof getReviewProgress>>;
