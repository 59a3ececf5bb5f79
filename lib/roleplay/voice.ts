import type { TCustomerDecision } from "../persona/customer-decision-schema";
import type { TScenario } from "../scenarios/scenario-schema";
import type { TTurn } from "../transcript/transcript-schema";

export type TVoiceName = "offline" | "llm";

/** What a role-player needs to word one customer reply. */
export type TVoiceRequest = {
  scenario: TScenario;
  decision: TCustomerDecision;
  /** The call so far, ending with the trainee's latest line (empty for the opening). */
  transcript: readonly TTurn[];
  /** The call's seed; with `turn` it fixes the offline wording. */
  seed: number;
  turn: number;
  signal?: AbortSignal;
};

export type TVoiceResult = {
  text: string;
  voiceUsed: TVoiceName;
  /** Why the LLM's words were not used, when they were not. */
  fallbackReason?: string;
};

/**
 * A reply as it is produced: `stream` yields the text in chunks for the screen; `done` settles with
 * the whole text whether or not anyone reads the stream.
 */
export type TVoiceReply = { stream: AsyncIterable<string>; done: Promise<TVoiceResult> };

export type TVoice = { name: TVoiceName; speak(request: TVoiceRequest): TVoiceReply };
