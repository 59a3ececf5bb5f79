import type { TMood } from "../persona/customer-decision-schema";
import { restorePersona } from "../persona/restore-persona";
import { summarisePersona } from "../persona/summarise-persona";
import type { TVoice } from "../roleplay/voice";
import type { TScenario } from "../scenarios/scenario-schema";
import { scoreTranscript } from "../scoring/score-transcript";
import { endConversation } from "./end-conversation";
import { playAgentTurn } from "./play-agent-turn";
import { startConversation } from "./start-conversation";

export type SimulateCallOptions = {
  seed: number;
  voice?: TVoice;
  /** The day of the call; the case file's own date by default, so a seed gives the same call on any day. */
  callDay?: string;
};

/**
 * Plays scripted trainee lines against a scenario until the lines run out or the customer ends the
 * call, then hangs up for the trainee and scores the call. Lines after the customer hung up are
 * not played (they are counted in `unplayedLines`).
 */
export async function simulateCall(scenario: TScenario, agentLines: readonly string[], { seed, voice, callDay }: SimulateCallOptions) {
  let { state } = startConversation(scenario, { seed, callDay });
  let played = 0;
  const voicesUsed: string[] = [];
  const moods: TMood[] = [];
  for (const line of agentLines) {
    if (state.ended) break;
    const result = await playAgentTurn(state, line, { scenario, voice }).done;
    state = result.state;
    voicesUsed.push(result.voiceUsed);
    moods.push(result.decision.mood);
    played++;
  }
  const ended = endConversation(state);
  return {
    scenario: scenario.id,
    seed,
    transcript: ended.state.transcript,
    persona: summarisePersona(restorePersona(ended.state.persona)),
    outcome: ended.outcome,
    report: scoreTranscript(ended.state.transcript, { fallbackId: ended.state.transcript.id }),
    voicesUsed,
    /** The customer's mood after each played trainee line, in order: the mood of each reply. */
    moods,
    unplayedLines: agentLines.length - played,
    /** The final conversation state, for storing the call like a real one. */
    state: ended.state,
  };
}
export type TSimulatedCall = Awaited<ReturnType<typeof simulateCall>>;
