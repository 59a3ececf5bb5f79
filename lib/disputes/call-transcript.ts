import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client";
import { callTranscript } from "../calls/call-state";
import { ZScenario } from "../scenarios/scenario-schema";
import { ZLanguage, ZTranscript, type TTranscript } from "../transcript/transcript-schema";

const ZScenarioLanguage = z.looseObject({ language: ZLanguage });

/**
 * A practice call's words as the scorer read them: its turns with its scenario version's case facts,
 * or (a version written under an older scenario schema) its turns with the language alone.
 */
export async function storedCallTranscript(tx: Prisma.TransactionClient, callId: string, ruleset: TTranscript["ruleset"]): Promise<TTranscript> {
  const call = await tx.practiceCall.findUniqueOrThrow({
    where: { id: callId },
    select: { scenarioVersion: { select: { content: true } }, turns: { orderBy: { index: "asc" }, select: { speaker: true, text: true, party: true } } },
  });
  const scenario = ZScenario.safeParse(call.scenarioVersion.content);
  if (scenario.success) return callTranscript(scenario.data, callId, call.turns);
  const { language } = ZScenarioLanguage.parse(call.scenarioVersion.content);
  return ZTranscript.parse({ language, ruleset, turns: call.turns.map(({ speaker, text, party }) => ({ speaker, text, ...(party ? { party } : {}) })) });
}
