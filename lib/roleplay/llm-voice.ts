import type OpenAI from "openai";
import type { TChatMessage } from "../llm/chat-message";
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
 * The longest reply a customer gives on the phone (the prompt asks for one to three short
 * sentences). Past it the reply ends at the last checked sentence, so each check reads at most
 * this much and a runaway model can neither flood the trainee nor stall the server.
 */
export const MAX_REPLY_CHARS = 400;

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
  const messages = buildRoleplayPrompt(scenario, decision, transcript);
  const sayable = sayableFacts(scenario, decision);
  const allowance: TReplyAllowance = {
    language: scenario.language,
    decision,
    sayable: [...sayable, latestAgent],
    unsayable: unsayableFacts(scenario, decision),
    privateTexts: privateTextsOf(messages, scenario.persona.speakingStyle, sayable),
  };
  let shown = "";
  let held = "";
  let problem: string | undefined;

  const release = (upTo: number) => {
    const candidate = held.slice(0, upTo);
    if (shown.length + candidate.length > MAX_REPLY_CHARS) throw new GuardError("too_long");
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
      messages,
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

/**
 * What the model reads that the trainee must not: the system prompt (instructions, the style brief,
 * the acts, the phase and mood), less the facts it may already say.
 */
function privateTextsOf(messages: readonly TChatMessage[], speakingStyle: string, sayable: readonly string[]): string[] {
  const system = messages.filter((message) => message.role === "system").map((message) => message.content);
  const lines = system.flatMap((content) => content.split("\n")).filter((line) => !sayable.some((fact) => line.includes(fact)));
  return [speakingStyle, ...lines];
}

function sentenceEnd(text: string): number {
  const match = SENTENCE_END.exec(text);
  return match ? match.index + match[0].length : 0;
}

class GuardError extends Error {}
