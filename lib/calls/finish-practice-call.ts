import type { Prisma } from "../../generated/prisma/client";
import type { TConversationState } from "../conversation/conversation-state-schema";
import { scoreWithOptionalJudge } from "../judge/score-with-optional-judge";
import { saveScoreReport } from "../reports/save-score-report";
import type { TScoreReport } from "../scoring/report-schema";
import type { TLanguage } from "../transcript/transcript-schema";

/**
 * Scores a finished call, with the LLM judge's second opinion when one is switched on. Runs before
 * the closing transaction, so no database lock waits on a model.
 */
export function scorePracticeCall(callId: string, state: TConversationState, reportLanguage?: TLanguage): Promise<TScoreReport> {
  return scoreWithOptionalJudge({ ...state.transcript, id: callId }, { language: reportLanguage });
}

export type FinishPracticeCallOptions = {
  callId: string;
  scenarioVersionId: string;
  state: TConversationState;
  report: TScoreReport;
};

/** Closes a call inside the caller's transaction: its outcome and its score report. */
export async function finishPracticeCall(tx: Prisma.TransactionClient, { callId, scenarioVersionId, state, report }: FinishPracticeCallOptions) {
  await tx.practiceCall.update({
    where: { id: callId },
    data: { status: "ended", outcome: state.outcome, endedAt: new Date() },
  });
  return saveScoreReport(tx, { report, source: "practice", callId, scenarioVersionId });
}
