import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { PrismaClient } from "../../generated/prisma/client";
import { scoreClaimedReview, type TScoringOutcome } from "./score-claimed-review";
import { claimScoringJob, releaseAllScoringLeases } from "./scoring-job-lease";

/** How often an idle worker looks for jobs that another instance queued (its own uploads wake it at once). */
export const POLL_MS = 2000;

export type TScoringWorker = { workerId: string; wake: () => void; stop: () => Promise<void> };
export type StartScoringJobsOptions = {
  /** Embedded PGlite: this process alone opens the database, so leases left by a previous run are freed at once. */
  soleOpener: boolean;
};

// One worker per process, found by uploads (to wake it) through globalThis, like the database.
const holder = globalThis as typeof globalThis & { parleyScoringWorker?: TScoringWorker };

export const newWorkerId = () => `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;

/**
 * Claims and scores queued quality reviews one at a time until none is free; answers how each
 * claimed job ended. Tests and the worker loop both run it.
 */
export async function scoreQueuedReviews(prisma: PrismaClient, workerId: string = newWorkerId()): Promise<TScoringOutcome[]> {
  const outcomes: TScoringOutcome[] = [];
  for (let job = await claimScoringJob(prisma, workerId); job; job = await claimScoringJob(prisma, workerId)) {
    outcomes.push(await scoreClaimedReview(prisma, { job, workerId }));
  }
  return outcomes;
}

/**
 * Starts this process's scoring worker: it scores queued quality reviews off the request, one at a
 * time on the scoring thread, and looks again when an upload wakes it or every POLL_MS. Starting
 * twice returns the running worker.
 */
export async function startScoringJobs(prisma: PrismaClient, { soleOpener }: StartScoringJobsOptions): Promise<TScoringWorker> {
  if (holder.parleyScoringWorker) return holder.parleyScoringWorker;
  if (soleOpener) await releaseAllScoringLeases(prisma);
  const workerId = newWorkerId();
  let stopped = false;
  let wakeUp: (() => void) | undefined;
  let woken = false;
  const wake = () => {
    woken = true;
    wakeUp?.();
  };
  const loop = (async () => {
    while (!stopped) {
      woken = false;
      try {
        await scoreQueuedReviews(prisma, workerId);
      } catch (error) {
        if (!stopped) console.error("quality review: the scoring worker could not reach the database; it tries again", error);
      }
      if (stopped || woken) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, POLL_MS);
        timer.unref();
        wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wakeUp = undefined;
    }
  })();
  const worker: TScoringWorker = {
    workerId,
    wake,
    stop: async () => {
      stopped = true;
      wakeUp?.();
      await loop;
      if (holder.parleyScoringWorker === worker) holder.parleyScoringWorker = undefined;
    },
  };
  holder.parleyScoringWorker = worker;
  return worker;
}

/** Tells this process's worker that jobs were queued; without a running worker, they wait for one. */
export function wakeScoringJobs() {
  holder.parleyScoringWorker?.wake();
}
