import { assessResult, type TScores } from "../reports/assess-result";
import { summariseResults } from "../reports/summarise-results";

export type TProgressCall = {
  callId: string;
  startedAt: Date;
  /** Null while the call is active (not scored yet). */
  scores: TScores | null;
  findings: readonly { category: string; severity: string; ruleId: string }[];
};

/**
 * A trainee's figures over their calls (any order):
 * - scoresOverTime: one point per scored call, oldest first, numbered from 1, so each attempt shows
 *   (the supervisor's dashboard averages per day instead; a trainee's progress is attempt by attempt);
 * - rulesBroken and pass counts as the supervisor's dashboard counts them (summariseResults), calls never
 *   really held counted apart (notHeld).
 */
export function summariseProgress(calls: readonly TProgressCall[]) {
  const scored = calls
    .flatMap((call) => (call.scores ? [{ ...call, scores: call.scores, ...assessResult(call.scores, call.findings) }] : []))
    .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  const { calls: scoredCalls, notHeld, passed, rulesBroken } = summariseResults(scored.map((call) => ({ ...call, date: call.startedAt })));
  return {
    scoredCalls,
    notHeld,
    passed,
    // A call never really held (wasHeld) is no attempt: it has no point on the chart.
    scoresOverTime: scored.filter((call) => call.held).map((call, order) => ({ attempt: order + 1, callId: call.callId, startedAt: call.startedAt, ...call.scores })),
    rulesBroken,
  };
}
