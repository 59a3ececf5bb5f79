import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client";
import { ZConversationState } from "../conversation/conversation-state-schema";
import { ZLanguage, ZTranscript, type TTranscript } from "../transcript/transcript-schema";

const ZScenarioLanguage = z.looseObject({ language: ZLanguage });

/** A practice call's words as the scorer read them: from its final state, or (a call seeded without one) from its turns. */
export async function callTranscript(tx: Prisma.TransactionClient, callId: string, ruleset: TTranscript["ruleset"]): Promise<TTranscript> {
  const call = await tx.practiceCall.findUniqueOrThrow({
    where: { id: callId },
    select: { machineSnapshot: true, scenarioVersion: { select: { content: true } }, turns: { orderBy: { index: "asc" }, select: { speaker: true, text: true, party: true } } },
  });
  const state = ZConversationState.safeParse(call.machineSnapshot);
  if (state.success) return state.data.transcript;
  const { language } = ZScenarioLanguage.parse(call.scenarioVersion.content);
  return ZTranscript.parse({ language, ruleset, turns: call.turns.map(({ speaker, text, party }) => ({ speaker, text, ...(party ? { party } : {}) })) });
}
