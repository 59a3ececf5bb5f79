import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors/app-error";
import { scopeTeamIds } from "../reports/scope-team-ids";
import { REPORT_SELECT, toScoreReport, ZStoredReport } from "../reports/stored-report";
import { ZTranscript } from "../transcript/transcript-schema";
import { PROGRESS_SELECT, reviewProgress, toProgressRow } from "./get-review-progress";
import { verdictsOfReports } from "./verdicts-of-reports";

/** Turns per page: a 10,000-turn call is read page by page, and only that page leaves the database. */
export const PAGE_TURNS = 200;

export type GetQualityReviewOptions = { viewer: TViewer; reviewId: string; page?: number };

const score = z.coerce.number().int();
const ZPageRow = z.object({
  total: z.coerce.number().int(),
  first: z.coerce.number().int(),
  meta: z.record(z.string(), z.unknown()),
  turns: z.array(z.unknown()),
  reportId: z.string(),
  ruleset: z.string(),
  overall: score,
  empathy: score,
  accuracy: score,
  compliance: score,
  stored: ZStoredReport,
});

/**
 * One uploaded real call, for staff of its team; each view is audited. Until it is scored, its
 * state (queued, scoring, failed); then one page of its transcript (PAGE_TURNS turns, the page
 * number clamped to the call) with that page's findings and the call-level ones, the scores, and the
 * verdict over all findings (from their rows, grouped). The database cuts the page out of the stored JSON.
 */
export async function getQualityReview(prisma: PrismaClient, { viewer, reviewId, page = 1 }: GetQualityReviewOptions) {
  const review = await prisma.qualityReview.findUnique({
    where: { id: reviewId },
    select: {
      ...PROGRESS_SELECT,
      teamId: true,
      transcriptId: true,
      createdAt: true,
      uploadedBy: { select: { id: true, name: true } },
      collector: { select: { id: true, name: true } },
    },
  });
  if (!review) throw new AppError("not_found", "No such quality review.");
  // A review without a team (its team was removed) is an admin's to read.
  const teamIds = scopeTeamIds(viewer);
  if (teamIds && !(review.teamId && teamIds.includes(review.teamId))) {
    throw new AppError("forbidden", "This review belongs to a team you do not supervise.");
  }
  const team = review.teamId ? await prisma.team.findUnique({ where: { id: review.teamId }, select: { id: true, name: true } }) : null;
  const head = {
    id: review.id,
    fileName: review.fileName,
    transcriptId: review.transcriptId,
    createdAt: review.createdAt,
    uploadedBy: review.uploadedBy,
    collector: review.collector,
    team,
    progress: reviewProgress(toProgressRow(review)),
  };
  if (head.progress.status !== "scored") return { ...head, scored: undefined };

  await recordAudit(prisma, { actorId: viewer.id, action: "report.view", entityType: "quality_review", entityId: review.id });
  // Past the last page shows the last; the bound keeps the number inside the database's int.
  const wanted = Number.isSafeInteger(page) ? Math.min(Math.max(1, page), 1_000_000) : 1;
  const rows = await prisma.$queryRaw<unknown[]>`
      WITH base AS (
        SELECT q."transcript", r."id" AS "reportId", r."ruleset", r."overall", r."empathy", r."accuracy", r."compliance", r."report",
          jsonb_array_length(q."transcript" -> 'turns') AS total
        FROM "QualityReview" q JOIN "ScoreReport" r ON r."qualityReviewId" = q."id"
        WHERE q."id" = ${review.id}
      ), bounds AS (
        SELECT *, (LEAST(${wanted}::int, GREATEST(1, CEIL(total / ${PAGE_TURNS}::numeric)::int)) - 1) * ${PAGE_TURNS}::int AS first FROM base
      ), vars AS (
        SELECT *, jsonb_build_object('first', first, 'last', first + ${PAGE_TURNS}::int - 1, 'total', total) AS v FROM bounds
      )
      SELECT total, first, "transcript" - 'turns' AS meta, jsonb_path_query_array("transcript", '$.turns[$first to $last]', v) AS turns,
        "reportId", "ruleset", "overall", "empathy", "accuracy", "compliance", "report" AS stored
      FROM vars`;
  const row = ZPageRow.parse(rows[0]);
  const transcript = ZTranscript.parse({ ...row.meta, turns: row.turns });
  // This page's findings and the call-level ones (a turn past the last).
  const onPage = (turn: number) => (turn >= row.first && turn < row.first + PAGE_TURNS) || turn >= row.total;
  const findings = await prisma.finding.findMany({
    where: { reportId: row.reportId, withdrawn: false, OR: [{ turn: { gte: row.first, lt: row.first + PAGE_TURNS } }, { turn: { gte: row.total } }] },
    orderBy: { position: "asc" },
    select: REPORT_SELECT.findings.select,
  });
  const stored = { ...row.stored, judgeFindings: row.stored.judgeFindings?.filter((finding) => onPage(finding.turn)) };
  const report = toScoreReport({ ...row, report: stored, findings });
  const verdict = (await verdictsOfReports(prisma, [{ id: row.reportId, scores: report.scores }])).get(row.reportId)!;
  return {
    ...head,
    scored: {
      transcript,
      report: { ...report, ...verdict },
      page: { number: row.first / PAGE_TURNS + 1, count: Math.max(1, Math.ceil(row.total / PAGE_TURNS)), firstTurn: row.first, totalTurns: row.total },
    },
  };
}
export type TQualityReviewView = Awaited<ReturnType<typeof getQualityReview>>;
