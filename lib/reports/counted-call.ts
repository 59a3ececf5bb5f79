import type { Prisma } from "../../generated/prisma/client";

/**
 * The one rule every statistic follows (pass rate, attempts, progress, exports, per-scenario
 * results, assignment completion): a practice call counts once it was scored. A call ended before
 * the trainee said a word was never really held, and an abandoned call was never finished; neither
 * is scored (lib/calls/unscored-outcomes.ts), so neither counts anywhere. Reports are counted through
 * resultsScope, which starts from the score reports themselves.
 */
export const COUNTED_CALL = { status: "ended", report: { isNot: null } } satisfies Prisma.PracticeCallWhereInput;
