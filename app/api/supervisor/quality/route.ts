import { z } from "zod";
import { guardRoute } from "@/app/_lib/guard-route";
import { getPrisma } from "@/lib/db/get-database";
import { AppError } from "@/lib/errors/app-error";
import { BODY_LIMITS, withLimitedBody } from "@/lib/http/read-limited-body";
import { enforceRateLimit, RATE_RULES } from "@/lib/rate-limit/consume-rate-limit";
import { listQualityReviews } from "@/lib/quality-review/list-quality-reviews";
import { uploadTranscripts } from "@/lib/quality-review/upload-transcripts";

const ZUploadFields = z.object({
  teamId: z.string().min(1, "choose a team"),
  collectorId: z.preprocess((value) => (value === "" ? undefined : value), z.string().min(1).max(200).optional()),
});

export const GET = guardRoute("/api/supervisor/quality", async (_request, { viewer }) => listQualityReviews(await getPrisma(), { viewer }));

/** multipart/form-data: `teamId`, optionally `collectorId` (who made the calls), and one or more `files`; answers one result per file. */
export const POST = guardRoute("/api/supervisor/quality", async (request, { viewer }) => {
  await enforceRateLimit(await getPrisma(), `quality-upload:${viewer.id}`, RATE_RULES.qualityUpload);
  const bounded = await withLimitedBody(request, BODY_LIMITS.upload);
  const form = await bounded.formData().catch(() => {
    throw new AppError("invalid_input", "Send the transcripts as multipart/form-data.");
  });
  const { teamId, collectorId } = ZUploadFields.parse({ teamId: form.get("teamId") ?? "", collectorId: form.get("collectorId") ?? "" });
  const files = await Promise.all(form.getAll("files").flatMap((entry) => (entry instanceof File ? [entry.text().then((text) => ({ name: entry.name, text }))] : [])));
  return uploadTranscripts(await getPrisma(), { viewer, teamId, files, collectorId });
});
