/**
 * Outcomes of calls that end without a score: they stay out of attempts, the pass rate and every
 * statistic (only scored calls have a report), and the trainee is told why.
 */
/** Left unfinished past the time a trainer set (end-stale-calls.ts). */
export const ABANDONED = "abandoned" as const;
/** Ended by the trainee before they said a word: never really held. */
export const NOT_HELD = "not_held" as const;
