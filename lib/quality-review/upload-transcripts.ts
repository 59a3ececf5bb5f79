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
  | { fileName: string; ok: true; reviewId: string; overall: number; criticalCount: number }
  | { fileName: string; ok: false; errors: string[] };

/**
 * Scores real calls' transcripts (interchange format) for quality review in one of the viewer's
 * teams. Each file stands alone: a malformed one gets errors naming the field, the others are
 * still scored and saved, each with its report in one transaction.
 */
export async function uploadTranscripts(prisma: PrismaClient, { viewer, teamId, files }: UploadTranscriptsOptions): Promise<TUploadResult[]> {
  scopeTeamIds(viewer, teamId);
  if (!(await prisma.team.findUnique({ where: { id: teamId } }))) throw new AppError("not_found", "No such team.");
  const results: TUploadResult[] = [];
  for (const file of ZTranscriptFiles.parse(files)) {
    const parsed =
      file.text.length > MAX_TRANSCRIPT_CHARS
        ? { ok: false as const, errors: [`the file is longer than ${MAX_TRANSCRIPT_CHARS.toLocaleString("en")} characters`] }
        : parseTranscriptInput(file.text);
    if (!parsed.ok) {
      results.push({ fileName: file.name, ok: false, errors: parsed.errors });
      continue;
    }
    const report = scoreTranscript(parsed.transcript, { fallbackId: file.name });
    const reviewId = await prisma.$transaction(async (tx) => {
      const review = await tx.qualityReview.create({
        // Parsed from JSON text, so it is JSON; loose objects keep fields newer tools may add.
        data: { teamId, uploadedById: viewer.id, fileName: file.name, transcript: parsed.transcript as Prisma.InputJsonValue },
      });
      await saveScoreReport(tx, { report, source: "quality_review", qualityReviewId: review.id });
      await recordAudit(tx, { actorId: viewer.id, action: "quality_review.upload", entityType: "quality_review", entityId: review.id, detail: { teamId, fileName: file.name } });
      return review.id;
    });
    const { criticalCount } = assessResult(report.scores, report.findings);
    results.push({ fileName: file.name, ok: true, reviewId, overall: report.scores.overall, criticalCount });
  }
  return results;
}
