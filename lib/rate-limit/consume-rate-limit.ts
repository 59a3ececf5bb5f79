import type { PrismaClient } from "../../generated/prisma/client";
import { AppError } from "../errors/app-error";

/** At most `max` requests per `windowSeconds` for one key. */
export type TRateRule = { windowSeconds: number; max: number };

/** Parley's limits beyond better-auth's per-address ones. */
export const RATE_RULES = {
  /** Failed sign-ins per account, whatever address they come from; a success clears the count. */
  signInPerAccount: { windowSeconds: 15 * 60, max: 10 },
  /** Trainee turns per user: no one types a line every half second for a minute. */
  practiceTurn: { windowSeconds: 60, max: 120 },
  /** Dry runs per trainer: each plays and scores a whole call. */
  dryRun: { windowSeconds: 60, max: 30 },
  /** Quality-review uploads per supervisor: each may hold 100 transcripts. */
  qualityUpload: { windowSeconds: 60, max: 10 },
} as const satisfies Record<string, TRateRule>;

/** Longer than any rule's window. */
const PRUNE_AFTER_MS = 24 * 3600 * 1000;
const PRUNE_CHANCE = 0.01;

export type TRateDecision = { allowed: boolean; count: number; retryAfterSeconds: number };

/**
 * Counts one request against `key` and says whether it is within the rule. The count lives in the
 * database and is updated in one statement, so simultaneous requests on several instances cannot
 * all slip under the limit.
 */
export async function consumeRateLimit(prisma: PrismaClient, key: string, rule: TRateRule, now = new Date()): Promise<TRateDecision> {
  const expired = new Date(now.getTime() - rule.windowSeconds * 1000);
  const [row] = await prisma.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RequestCounter" ("key", "count", "windowStart") VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RequestCounter"."windowStart" <= ${expired} THEN 1 ELSE "RequestCounter"."count" + 1 END,
      "windowStart" = CASE WHEN "RequestCounter"."windowStart" <= ${expired} THEN ${now} ELSE "RequestCounter"."windowStart" END
    RETURNING "count", "windowStart"`;
  // Keys come from the outside (any username): now and then, forget the ones long past their window.
  if (Math.random() < PRUNE_CHANCE) await prisma.requestCounter.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - PRUNE_AFTER_MS) } } });
  const count = Number(row!.count);
  const windowEnds = new Date(row!.windowStart).getTime() + rule.windowSeconds * 1000;
  return { allowed: count <= rule.max, count, retryAfterSeconds: Math.max(1, Math.ceil((windowEnds - now.getTime()) / 1000)) };
}

/** Forgets a key's count (a successful sign-in clears the failed ones before it). */
export async function resetRateLimit(prisma: PrismaClient, key: string): Promise<void> {
  await prisma.requestCounter.deleteMany({ where: { key } });
}

/** consumeRateLimit for a route: past the limit it throws a 429 that says when to try again. */
export async function enforceRateLimit(prisma: PrismaClient, key: string, rule: TRateRule): Promise<void> {
  const decision = await consumeRateLimit(prisma, key, rule);
  if (!decision.allowed) {
    throw new AppError("rate_limited", `Too many requests; try again in ${decision.retryAfterSeconds} seconds.`, { retryAfterSeconds: decision.retryAfterSeconds });
  }
}
