import type { PrismaClient } from "../../generated/prisma/client";

/**
 * The scoring jobs' queue is the ScoringJob table. A worker claims the oldest free job with
 * FOR UPDATE SKIP LOCKED, so instances sharing one PostgreSQL server each take a different job and
 * never wait on one another; the same SQL runs on embedded PGlite. A claim is a lease: the worker
 * renews it while it scores, and a job whose lease ran out (its worker died) is free again.
 * Times are the database's (UTC), so instances whose clocks differ still agree.
 */
export const LEASE_SECONDS = 30;
/** A job taken this many times without finishing (each take a crash) fails instead of being taken again. */
export const MAX_ATTEMPTS = 3;

export type TClaimedJob = { qualityReviewId: string; attempts: number };

export async function claimScoringJob(prisma: PrismaClient, workerId: string): Promise<TClaimedJob | undefined> {
  const rows = await prisma.$queryRaw<TClaimedJob[]>`
    UPDATE "ScoringJob"
    SET "claimedBy" = ${workerId}, "leaseUntil" = (now() AT TIME ZONE 'UTC') + make_interval(secs => ${LEASE_SECONDS}), "attempts" = "attempts" + 1
    WHERE "qualityReviewId" = (
      SELECT "qualityReviewId" FROM "ScoringJob"
      WHERE "failure" IS NULL AND ("leaseUntil" IS NULL OR "leaseUntil" < (now() AT TIME ZONE 'UTC'))
      ORDER BY "createdAt", "qualityReviewId"
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "qualityReviewId", "attempts"`;
  return rows[0];
}

/** Extends the lease of a job this worker still holds; false when it lost it (another worker took it over). */
export async function renewScoringLease(prisma: PrismaClient, { qualityReviewId, workerId }: { qualityReviewId: string; workerId: string }): Promise<boolean> {
  const renewed = await prisma.$executeRaw`
    UPDATE "ScoringJob" SET "leaseUntil" = (now() AT TIME ZONE 'UTC') + make_interval(secs => ${LEASE_SECONDS})
    WHERE "qualityReviewId" = ${qualityReviewId} AND "claimedBy" = ${workerId} AND "failure" IS NULL`;
  return renewed === 1;
}

/** Gives a job back to the queue at once (this worker could not finish it, e.g. the database failed). */
export async function releaseScoringJob(prisma: PrismaClient, { qualityReviewId, workerId }: { qualityReviewId: string; workerId: string }) {
  await prisma.$executeRaw`
    UPDATE "ScoringJob" SET "claimedBy" = NULL, "leaseUntil" = NULL
    WHERE "qualityReviewId" = ${qualityReviewId} AND "claimedBy" = ${workerId}`;
}

/** Fails a job for good, with a reason the uploader reads. */
export async function failScoringJob(prisma: PrismaClient, { qualityReviewId, workerId, failure }: { qualityReviewId: string; workerId: string; failure: string }) {
  await prisma.$executeRaw`
    UPDATE "ScoringJob" SET "failure" = ${failure}, "claimedBy" = NULL, "leaseUntil" = NULL
    WHERE "qualityReviewId" = ${qualityReviewId} AND "claimedBy" = ${workerId}`;
}

/**
 * Frees every lease at once. Only for a database that this process alone opens (embedded PGlite):
 * the leases there are left by a previous run of this process, which stopped mid-job.
 */
export async function releaseAllScoringLeases(prisma: PrismaClient): Promise<number> {
  return prisma.$executeRaw`UPDATE "ScoringJob" SET "claimedBy" = NULL, "leaseUntil" = NULL WHERE "leaseUntil" IS NOT NULL AND "failure" IS NULL`;
}
