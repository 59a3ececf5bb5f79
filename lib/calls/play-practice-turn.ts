import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { playAgentTurn, type TTurnResult } from "../conversation/play-agent-turn";
import { AppError } from "../errors/app-error";
import { configuredReader } from "../persona/configured-reader";
import type { TTurnReader } from "../persona/turn-reader";
import { configuredVoice } from "../roleplay/configured-voice";
import type { TVoice } from "../roleplay/voice";
import type { TLanguage } from "../transcript/transcript-schema";
import { finishPracticeCall, scorePracticeCall } from "./finish-practice-call";
import { getCallForTurn } from "./get-call-for-turn";
import { saveTurnPair } from "./save-turn-pair";

export type PlayPracticeTurnOptions = {
  viewer: TViewer;
  callId: string;
  text: string;
  /** The revision the trainee's page last saw. */
  revision: number;
  /** The configured voice (LLM or offline) when omitted. */
  voice?: TVoice;
  /** The configured second reader of the turn (a model, or none) when omitted. */
  reader?: TTurnReader;
  reportLanguage?: TLanguage;
  signal?: AbortSignal;
};

export type TPracticeTurnDone = {
  revision: number;
  customerText: string;
  ended: boolean;
  outcome: TTurnResult["outcome"];
  reportReady: boolean;
  voiceUsed: TTurnResult["voiceUsed"];
};

/**
 * One trainee line: the customer's reply streams at once, and when it is complete both turns and
 * the machine's new state are stored together. A second tab that answers from an older revision
 * is refused, so two tabs can never interleave turns in one call.
 */
export async function playPracticeTurn(prisma: PrismaClient, options: PlayPracticeTurnOptions) {
  const { viewer, callId, text, revision, voice = configuredVoice(), reader = configuredReader(), reportLanguage, signal } = options;
  const call = await getCallForTurn(prisma, viewer, callId);
  if (call.status !== "active") throw new AppError("conflict", "This call has ended.");
  if (call.revision !== revision) throw new AppError("conflict", "This call moved on in another tab or window. Reload to continue.");
  const { state } = call;
  if (!state) throw new AppError("conflict", "This call cannot be resumed; start a new one.");
  const reading = await reader.read({ scenario: call.scenario, transcript: state.transcript.turns, agentText: text, signal });
  const played = playAgentTurn(state, text, { scenario: call.scenario, voice, signal, extraObservations: reading.observations });

  const done = played.done.then(async (result): Promise<TPracticeTurnDone> => {
    const turnCount = state.transcript.turns.length;
    const report = result.ended ? await scorePracticeCall(callId, result.state, reportLanguage) : null;
    const pair = {
      callId,
      revision,
      index: turnCount,
      agentText: text,
      customerText: result.customerText,
      party: result.decision.party ?? null,
      mood: result.decision.mood,
      persona: result.state.persona,
    };
    // Most turns are one statement; the last one also stores the report, in one transaction with it.
    const committed = report
      ? await prisma.$transaction(async (tx) => {
          if (!(await saveTurnPair(tx, pair))) return false;
          await finishPracticeCall(tx, { callId, scenarioVersionId: call.scenarioVersionId, state: result.state, report });
          return true;
        })
      : await saveTurnPair(prisma, pair);
    if (!committed) throw new AppError("conflict", "This call moved on in another tab or window. Reload to continue.");
    return {
      revision: revision + 1,
      customerText: result.customerText,
      ended: result.ended,
      outcome: result.outcome,
      reportReady: result.ended,
      voiceUsed: result.voiceUsed,
    };
  });
  // An assessed call keeps the mood from the trainee until it ends: it is not sent at all.
  return { stream: played.stream, done, mood: call.moodHidden ? null : played.decision.mood };
}
