import type { PrismaClient } from "../../generated/prisma/client";
import { ZTranscript } from "../transcript/transcript-schema";
import { saveHeldQualityReport } from "./save-quality-report";
import { ScoringThreadStopped, scoreOffThread } from "./score-off-thread";
import { failScoringJob, LEASE_SECONDS, MAX_ATTEMPTS, releaseScoringJob, renewScoringLease, type TClaimedJob } from "./scoring-job-lease";

export type ScoreClaimedReviewOptions = { job: TClaimedJob; workerId: string };
export type TScoringOutcome = "scored" | "failed" | "released" | "lost";

/**
 * Scores one claimed quality review on the scoring thread and saves its report. The report and the
 * removal of the job are one statement, done only while this worker still holds the job: a crash
 * before it leaves the job to be claimed again, and a worker that lost its lease saves nothing.
 */
export async function scoreClaimedReview(prisma: PrismaClient, { job, workerId }: ScoreClaimedReviewOptions): Promise<TScoringOutcome> {
  const { qualityReviewId } = job;
  if (job.attempts > MAX_ATTEMPTS) {
    await failScoringJob(prisma, { qualityReviewId, workerId, failure: `scoring stopped ${MAX_ATTEMPTS} times without finishing` });
    return "failed";
  }
  const review = await prisma.qualityReview.findUnique({ where: { id: qualityReviewId }, select: { transcript: true, fileName: true } });
  if (!review) return "lost";
  const heartbeat = setInterval(() => void renewScoringLease(prisma, { qualityReviewId, workerId }).catch(() => undefined), (LEASE_SECONDS * 1000) / 3);
  let report: Awaited<ReturnType<typeof scoreOffThread>>;
  try {
    const transcript = ZTranscript.safeParse(review.transcript);
    if (!transcript.success) {
      await failScoringJob(prisma, { qualityReviewId, workerId, failure: "the stored transcript is not in the interchange format" });
      return "failed";
    }
    try {
      report = await scoreOffThread(transcript.data, review.fileName ?? qualityReviewId);
    } catch (error) {
      // The scorer is deterministic: a transcript it cannot score fails again. A thread that died
      // (out of memory) may be the machine's state: the job goes back for another attempt.
      if (error instanceof ScoringThreadStopped) {
        await releaseScoringJob(prisma, { qualityReviewId, workerId });
        return "released";
      }
      console.error(`quality review ${qualityReviewId}: the scorer failed`, error);
      await failScoringJob(prisma, { qualityReviewId, workerId, failure: "the scorer could not read this call" });
      return "failed";
    }
  } finally {
    clearInterval(heartbeat);
  }
  try {
    return (await saveHeldQualityReport(prisma, { report, qualityReviewId, workerId })) ? "scored" : "lost";
  } catch (error) {
    console.error(`quality review ${qualityReviewId}: the report could not be saved`, error);
    await releaseScoringJob(prisma, { qualityReviewId, workerId }).catch(() => undefined);
    return "released";
  }
}
