import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { endConversation } from "../conversation/end-conversation";
import { AppError } from "../errors/app-error";
import { callState } from "./call-state";
import type { TLanguage } from "../transcript/transcript-schema";
import { finishPracticeCall, scorePracticeCall } from "./finish-practice-call";
import { NOT_HELD } from "./unscored-outcomes";
import { getOwnedCall } from "./get-owned-call";

export type EndPracticeCallOptions = { viewer: TViewer; callId: string; reportLanguage?: TLanguage };

/**
 * The trainee hangs up. A call in which they said nothing was never really held: it ends unscored,
 * outside every count and the pass rate. Ending an already ended call is harmless and returns its outcome.
 */
export async function endPracticeCall(prisma: PrismaClient, { viewer, callId, reportLanguage }: EndPracticeCallOptions) {
  const call = await getOwnedCall(prisma, viewer, callId);
  if (call.status === "ended") return { outcome: call.outcome };
  if (!call.turns.some((turn) => turn.speaker === "agent")) {
    await prisma.practiceCall.updateMany({
      where: { id: callId, status: "active" },
      data: { status: "ended", outcome: NOT_HELD, endedAt: new Date(), revision: { increment: 1 } },
    });
    return { outcome: NOT_HELD };
  }
  const stored = callState({ scenario: call.scenario, seed: call.seed, turns: call.turns, status: call.status, outcome: call.outcome });
  if (!stored) throw new AppError("conflict", "This call cannot be resumed; start a new one.");
  const { state, outcome } = endConversation(stored);
  const report = await scorePracticeCall(callId, state, reportLanguage);
  await prisma.$transaction(async (tx) => {
    const claimed = await tx.practiceCall.updateMany({ where: { id: callId, status: "active" }, data: { revision: { increment: 1 } } });
    if (claimed.count === 1) await finishPracticeCall(tx, { callId, scenarioVersionId: call.scenarioVersionId, state, report });
  });
  return { outcome };
}
