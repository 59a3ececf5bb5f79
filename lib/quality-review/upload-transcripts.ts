import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors/app-error";
import { scopeTeamIds } from "../reports/scope-team-ids";
import { parseTranscriptInput } from "../scoring/parse-transcript-input";
import { hashText } from "../text/hash-text";
import { PROGRESS_SELECT, reviewProgress, toProgressRow, type TReviewProgress } from "./get-review-progress";
import { type TFileProblem, transcriptFileProblems } from "./file-problems";
import { wakeScoringJobs } from "./run-scoring-jobs";

export const MAX_UPLOAD_FILES = 100;
/** About 2 MB of text: far above a long real call. */
export const MAX_TRANSCRIPT_CHARS = 2_000_000;

export const ZTranscriptFiles = z
  .array(z.object({ name: z.string().trim().min(1).max(255), text: z.string() }))
  .min(1, "choose at least one file")
  .max(MAX_UPLOAD_FILES, `at most ${MAX_UPLOAD_FILES} files at once`);
export type TTranscriptFile = z.infer<typeof ZTranscriptFiles>[number];

export type UploadTranscriptsOptions = {
  viewer: TViewer;
  teamId: string;
  files: TTranscriptFile[];
  /** The collector who made these calls, a trainee of the team: the results feed their progress, apart from practice. */
  collectorId?: string;
};

export type TUploadResult =
  | ({ fileName: string; ok: true; alreadyUploaded?: true } & TReviewProgress)
  | { fileName: string; ok: false; errors: string[]; problems: TFileProblem[] };

/**
 * Takes real calls' transcripts (interchange format) for quality review in one of the viewer's
 * teams and queues them for scoring, which happens off the request (run-scoring-jobs.ts): the
 * answer comes as soon as the files are checked and stored, each with its review to follow.
 * One file, one result: a malformed file gets errors naming the field, and even an unexpected
 * failure in one file is that file's result, never the request's, so the files saved before it
 * stay reported. The same file uploaded again to the same team (a retry after a lost answer) finds
 * the review it made the first time instead of saving a second one.
 */
export async function uploadTranscripts(prisma: PrismaClient, { viewer, teamId, files, collectorId }: UploadTranscriptsOptions): Promise<TUploadResult[]> {
  scopeTeamIds(viewer, teamId);
  if (!(await prisma.team.findUnique({ where: { id: teamId } }))) throw new AppError("not_found", "No such team.");
  if (collectorId && !(await prisma.teamMembership.findFirst({ where: { teamId, userId: collectorId, user: { role: "trainee" } } }))) {
    throw new AppError("invalid_input", "The collector must be a trainee of the team.", [{ path: "collectorId", message: "not a trainee of this team" }]);
  }
  const results: TUploadResult[] = [];
  for (const file of ZTranscriptFiles.parse(files)) {
    try {
      results.push(await uploadOne(prisma, { viewer, teamId, file, collectorId: collectorId ?? null }));
    } catch (error) {
      console.error(`quality review: ${file.name} could not be saved`, error);
      results.push({ fileName: file.name, ok: false, errors: ["this file could not be saved; nothing of it was kept"], problems: [{ code: "not_saved" }] });
    }
  }
  if (results.some((result) => result.ok && result.status === "queued")) wakeScoringJobs();
  return results;
}

async function uploadOne(
  prisma: PrismaClient,
  { viewer, teamId, file, collectorId }: { viewer: TViewer; teamId: string; file: TTranscriptFile; collectorId: string | null },
): Promise<TUploadResult> {
  if (file.text.length > MAX_TRANSCRIPT_CHARS) {
    return {
      fileName: file.name,
      ok: false,
      errors: [`the file is longer than ${MAX_TRANSCRIPT_CHARS.toLocaleString("en")} characters`],
      problems: [{ code: "too_long", limit: MAX_TRANSCRIPT_CHARS }],
    };
  }
  const parsed = parseTranscriptInput(file.text);
  if (!parsed.ok) return { fileName: file.name, ok: false, errors: parsed.errors, problems: transcriptFileProblems(file.text) };
  // PostgreSQL's text and JSON cannot hold U+0000, whatever field it hides in.
  if (holdsNul(parsed.transcript)) {
    return { fileName: file.name, ok: false, errors: ["the file contains a NUL character (\\u0000), which a transcript cannot hold"], problems: [{ code: "nul" }] };
  }
  const contentHash = hashText(file.text);
  const earlier = await findEarlierUpload(prisma, teamId, contentHash);
  if (earlier) return { ...earlier, fileName: file.name, ok: true, alreadyUploaded: true };
  try {
    const reviewId = await prisma.$transaction(async (tx) => {
      const id = randomUUID();
      // The transcript goes as one JSON text (parsed from JSON, so it is JSON; loose objects keep the
      // fields newer tools may add): Prisma's JSON parameters cost about a second a megabyte.
      await tx.$executeRaw`
        INSERT INTO "QualityReview" ("id", "teamId", "uploadedById", "collectorId", "fileName", "transcriptId", "contentHash", "transcript", "createdAt")
        VALUES (${id}, ${teamId}, ${viewer.id}, ${collectorId}, ${file.name}, ${parsed.transcript.id ?? null}, ${contentHash}, ${JSON.stringify(parsed.transcript)}::jsonb, now() AT TIME ZONE 'UTC')`;
      await tx.scoringJob.create({ data: { qualityReviewId: id } });
      await recordAudit(tx, {
        actorId: viewer.id,
        action: "quality_review.upload",
        entityType: "quality_review",
        entityId: id,
        detail: { teamId, fileName: file.name, transcriptId: parsed.transcript.id ?? null, collectorId },
      });
      return id;
    });
    return { fileName: file.name, ok: true, reviewId, status: "queued" };
  } catch (error) {
    // Two retries at once: the unique (team, hash) index lets one save; the other finds its review.
    const raced = await findEarlierUpload(prisma, teamId, contentHash);
    if (raced) return { ...raced, fileName: file.name, ok: true, alreadyUploaded: true };
    throw error;
  }
}

async function findEarlierUpload(prisma: PrismaClient, teamId: string, contentHash: string) {
  const review = await prisma.qualityReview.findUnique({ where: { teamId_contentHash: { teamId, contentHash } }, select: PROGRESS_SELECT });
  return review ? reviewProgress(toProgressRow(review)) : undefined;
}
function holdsNul(value: unknown): boolean {
  let found = false;
  JSON.stringify(value, (key, item: unknown) => {
    if (key.includes("\u0000") || (typeof item === "string" && item.includes("\u0000"))) found = true;
    return item;
  });
  return found;
}
