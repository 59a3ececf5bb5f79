import type { Prisma } from "../../generated/prisma/client";
import { assessResult, type TFindingFacts, type TScores } from "./assess-result";

/**
 * The one rule every statistic follows (pass rate, attempts, progress, exports, per-scenario
 * results, assignment completion): a practice call counts once it was scored and was really held.
 * A call ended before the trainee said a word and an abandoned call are not scored
 * (lib/calls/unscored-outcomes.ts); a scored call in which the trainee did none of the work and
 * broke no rule was never really held either (wasHeld, assess-result.ts). None of them counts:
 * they are counted apart. Reports are counted through resultsScope, which starts from the score
 * reports themselves, and summariseResults, which sets the calls not held apart.
 */
export const COUNTED_CALL = { status: "ended", report: { isNot: null } } satisfies Prisma.PracticeCallWhereInput;

/** What a call's report must carry to tell whether the call was really held (countsAsHeld). */
export const HELD_REPORT_SELECT = {
  overall: true,
  empathy: true,
  accuracy: true,
  compliance: true,
  // A finding withdrawn after an accepted dispute no longer counts anywhere.
  findings: { where: { withdrawn: false }, select: { category: true, severity: true, ruleId: true } },
} satisfies Prisma.ScoreReportSelect;

/** Whether a scored call counts: it was really held (wasHeld), by its report's scores and findings. */
export function countsAsHeld(report: TScores & { findings: readonly TFindingFacts[] }): boolean {
  return assessResult(report, report.findings).held;
}
