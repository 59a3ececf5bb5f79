import type OpenAI from "openai";
import { toLlmError } from "../llm/llm-error";
import { streamChat } from "../llm/stream-chat";
import { buildRoleplayPrompt } from "./build-roleplay-prompt";
import { checkReply, type TReplyAllowance } from "./check-reply";
import { sayableFacts, unsayableFacts } from "./hidden-texts";
import { offlineReply } from "./offline-voice";
import { splitChunks } from "./split-chunks";
import { createTextChannel } from "./text-channel";
import type { TVoice, TVoiceRequest, TVoiceResult } from "./voice";

export type LlmVoiceOptions = {
  client: OpenAI;
  model: string;
  /** The whole reply; past it the turn falls back to the offline voice. */
  timeoutMs: number;
  firstByteTimeoutMs?: number;
  temperature?: number;
};

/** A sentence is checked once it is complete, or once this much text waits without an end. */
const SENTENCE_END = /[。!?!?…\n]|[.;](?=\s)/;
const MAX_HELD = 120;

/**
 * The LLM role-player. Text streams out sentence by sentence, each checked (with what went before)
 * against the decision first: nothing unchecked reaches the trainee. A violation, timeout or
 * provider error before anything was shown replaces the turn with the offline voice's reply; after
 * some clean sentences were shown, the reply ends there. `voiceUsed` says which voice spoke.
 */
export function createLlmVoice(options: LlmVoiceOptions): TVoice {
  return {
    name: "llm",
    speak(request) {
      const channel = createTextChannel();
      const done = produce(options, request, channel.push).finally(channel.close);
      return { stream: channel.stream, done };
    },
  };
}

async function produce(options: LlmVoiceOptions, request: TVoiceRequest, emit: (chunk: string) => void): Promise<TVoiceResult> {
  const { scenario, decision, transcript } = request;
  const latestAgent = [...transcript].reverse().find((turn) => turn.speaker === "agent")?.text ?? "";
  const allowance: TReplyAllowance = {
    language: scenario.language,
    decision,
    sayable: [...sayableFacts(scenario, decision), latestAgent],
    unsayable: unsayableFacts(scenario, decision),
  };
  let shown = "";
  let held = "";
  let problem: string | undefined;

  const release = (upTo: number) => {
    const candidate = held.slice(0, upTo);
    const violation = checkReply(shown + candidate, allowance);
    if (violation) throw new GuardError(violation);
    shown += candidate;
    held = held.slice(upTo);
    emit(candidate);
  };

  const controller = new AbortController();
  const onAbort = () => controller.abort(request.signal?.reason);
  request.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const deltas = streamChat({
      client: options.client,
      model: options.model,
      messages: buildRoleplayPrompt(scenario, decision, transcript),
      timeoutMs: options.timeoutMs,
      firstByteTimeoutMs: options.firstByteTimeoutMs,
      temperature: options.temperature,
      signal: controller.signal,
    });
    for await (const delta of deltas) {
      held += delta;
      for (let end = sentenceEnd(held); end > 0; end = sentenceEnd(held)) release(end);
      if (held.length > MAX_HELD) release(held.length);
    }
    if (held.trim() !== "") release(held.length);
    if (shown.trim() === "") throw new GuardError("empty_reply");
  } catch (error) {
    // Breaking out of the stream above cancels the request.
    controller.abort();
    if (request.signal?.aborted) throw error;
    problem = error instanceof GuardError ? `guard:${error.message}` : `llm:${toLlmError(error).kind}`;
  } finally {
    request.signal?.removeEventListener("abort", onAbort);
  }

  if (problem === undefined) return { text: shown.trim(), voiceUsed: "llm" };
  if (shown.trim() !== "") return { text: shown.trim(), voiceUsed: "llm", fallbackReason: `${problem} (reply cut after the last checked sentence)` };
  const text = offlineReply(request);
  for (const chunk of splitChunks(text)) emit(chunk);
  return { text, voiceUsed: "offline", fallbackReason: problem };
}

function sentenceEnd(text: string): number {
  const match = SENTENCE_END.exec(text);
  return match ? match.index + match[0].length : 0;
}

class GuardError extends Error {}
