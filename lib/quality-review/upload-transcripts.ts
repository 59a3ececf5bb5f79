import { z } from "zod";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors/app-error";
import { assessResult } from "../reports/assess-result";
import { saveScoreReport } from "../reports/save-score-report";
import { scopeTeamIds } from "../reports/scope-team-ids";
import { parseTranscriptInput } from "../scoring/parse-transcript-input";
import { scoreTranscript } from "../scoring/score-transcript";
import { hashText } from "../text/hash-text";

export const MAX_UPLOAD_FILES = 100;
/** About 2 MB of text: far above a long real call, small enough to score without a pause. */
export const MAX_TRANSCRIPT_CHARS = 2_000_000;

export const ZTranscriptFiles = z
  .array(z.object({ name: z.string().trim().min(1).max(255), text: z.string() }))
  .min(1, "choose at least one file")
  .max(MAX_UPLOAD_FILES, `at most ${MAX_UPLOAD_FILES} files at once`);
export type TTranscriptFile = z.infer<typeof ZTranscriptFiles>[number];

export type UploadTranscriptsOptions = { viewer: TViewer; teamId: string; files: TTranscriptFile[] };

export type TUploadResult =
  | { fileName: string; ok: true; reviewId: string; overall: number; criticalCount: number; alreadyUploaded?: true }
  | { fileName: string; ok: false; errors: string[] };

/**
 * Scores real calls' transcripts (interchange format) for quality review in one of the viewer's
 * teams. One file, one result: a malformed file gets errors naming the field, and even an
 * unexpected failure in one file is that file's result, never the request's, so the files saved
 * before it stay reported. The same file uploaded again to the same team (a retry after a lost
 * answer) finds the review it made the first time instead of saving a second one.
 */
export async function uploadTranscripts(prisma: PrismaClient, { viewer, teamId, files }: UploadTranscriptsOptions): Promise<TUploadResult[]> {
  scopeTeamIds(viewer, teamId);
  if (!(await prisma.team.findUnique({ where: { id: teamId } }))) throw new AppError("not_found", "No such team.");
  const results: TUploadResult[] = [];
  for (const file of ZTranscriptFiles.parse(files)) {
    try {
      results.push(await uploadOne(prisma, { viewer, teamId, file }));
    } catch (error) {
      console.error(`quality review: ${file.name} could not be scored or saved`, error);
      results.push({ fileName: file.name, ok: false, errors: ["this file could not be scored or saved; nothing of it was kept"] });
    }
  }
  return results;
}

async function uploadOne(prisma: PrismaClient, { viewer, teamId, file }: { viewer: TViewer; teamId: string; file: TTranscriptFile }): Promise<TUploadResult> {
  if (file.text.length > MAX_TRANSCRIPT_CHARS) {
    return { fileName: file.name, ok: false, errors: [`the file is longer than ${MAX_TRANSCRIPT_CHARS.toLocaleString("en")} characters`] };
  }
  const parsed = parseTranscriptInput(file.text);
  if (!parsed.ok) return { fileName: file.name, ok: false, errors: parsed.errors };
  // PostgreSQL's text and JSON cannot hold U+0000, whatever field it hides in.
  if (holdsNul(parsed.transcript)) {
    return { fileName: file.name, ok: false, errors: ["the file contains a NUL character (\\u0000), which a transcript cannot hold"] };
  }
  const contentHash = hashText(file.text);
  const earlier = await findEarlierUpload(prisma, teamId, contentHash);
  if (earlier) return { fileName: file.name, ...earlier };

  const report = scoreTranscript(parsed.transcript, { fallbackId: file.name });
  const { criticalCount } = assessResult(report.scores, report.findings);
  try {
    const reviewId = await prisma.$transaction(async (tx) => {
      const review = await tx.qualityReview.create({
        // Parsed from JSON text, so it is JSON; loose objects keep fields newer tools may add.
        data: { teamId, uploadedById: viewer.id, fileName: file.name, contentHash, transcript: parsed.transcript as Prisma.InputJsonValue },
      });
      await saveScoreReport(tx, { report, source: "quality_review", qualityReviewId: review.id });
      await recordAudit(tx, { actorId: viewer.id, action: "quality_review.upload", entityType: "quality_review", entityId: review.id, detail: { teamId, fileName: file.name } });
      return review.id;
    });
    return { fileName: file.name, ok: true, reviewId, overall: report.scores.overall, criticalCount };
  } catch (error) {
    // Two retries at once: the unique (team, hash) index lets one save; the other finds its review.
    const raced = await findEarlierUpload(prisma, teamId, contentHash);
    if (raced) return { fileName: file.name, ...raced };
    throw error;
  }
}

async function findEarlierUpload(prisma: PrismaClient, teamId: string, contentHash: string) {
  const review = await prisma.qualityReview.findUnique({
    where: { teamId_contentHash: { teamId, contentHash } },
    select: { id: true, report: { select: { overall: true, findings: { select: { severity: true } } } } },
  });
  if (!review?.report) return undefined;
  const criticalCount = review.report.findings.filter((finding) => finding.severity === "critical").length;
  return { ok: true as const, reviewId: review.id, overall: review.report.overall, criticalCount, alreadyUploaded: true as const };
}

function holdsNul(value: unknown): boolean {
  let found = false;
  JSON.stringify(value, (key, item: unknown) => {
    if (key.includes("\u0000") || (typeof item === "string" && item.includes("\u0000"))) found = true;
    return item;
  });
  return found;
}
