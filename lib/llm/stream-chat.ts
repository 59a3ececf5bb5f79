import type OpenAI from "openai";
import { startCallDeadline } from "./call-deadline";
import type { TChatMessage } from "./chat-message";

export type StreamChatOptions = {
  client: OpenAI;
  model: string;
  messages: TChatMessage[];
  /** The whole reply, from the request to the last delta. */
  timeoutMs: number;
  /** From the request to the first streamed chunk; a stalled model fails this fast. */
  firstByteTimeoutMs?: number;
  signal?: AbortSignal;
  temperature?: number;
};

/**
 * Streams a chat completion as text deltas, in order. Fails with an LlmError (a caller's abort
 * rethrows the signal's reason); breaking out of the loop cancels the request.
 */
export async function* streamChat(options: StreamChatOptions): AsyncGenerator<string, void, undefined> {
  const { client, model, messages, timeoutMs, firstByteTimeoutMs, signal, temperature } = options;
  const deadline = startCallDeadline({ signal, timeoutMs, firstByteTimeoutMs });
  try {
    const stream = await client.chat.completions.create(
      { model, messages, stream: true, ...(temperature === undefined ? {} : { temperature }) },
      { signal: deadline.signal, timeout: timeoutMs },
    );
    for await (const chunk of stream) {
      deadline.firstByte();
      const delta = chunk.choices[0]?.delta?.content;
      if (delta) yield delta;
    }
  } catch (error) {
    throw deadline.toError(error);
  } finally {
    deadline.dispose();
  }
  // The SDK ends an aborted stream without an error; a cut-short reply must not pass as whole.
  if (deadline.signal.aborted) throw deadline.toError();
}
