import { AppError } from "../errors/app-error";
import type { TMood } from "../persona/customer-decision-schema";
import type { TTurnStreamEvent } from "./call-schemas";
import type { TPracticeTurnDone } from "./play-practice-turn";

/**
 * The customer's reply as newline-delimited JSON for the browser: the customer's mood when the
 * trainee may see it, text chunks as they are produced, then one `done` (or `error`) line once the
 * turn is stored.
 */
export function encodeTurnStream(turn: { stream: AsyncIterable<string>; done: Promise<TPracticeTurnDone>; mood: TMood | null }): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const line = (event: TTurnStreamEvent) => encoder.encode(`${JSON.stringify(event)}\n`);
  return new ReadableStream({
    async start(controller) {
      try {
        if (turn.mood) controller.enqueue(line({ type: "mood", mood: turn.mood }));
        for await (const text of turn.stream) controller.enqueue(line({ type: "text", text }));
        const { revision, customerText, ended, outcome, reportReady } = await turn.done;
        controller.enqueue(line({ type: "done", revision, customerText, ended, outcome, reportReady }));
      } catch (error) {
        const expected = error instanceof AppError;
        if (!expected) console.error(error);
        controller.enqueue(line({ type: "error", code: expected ? error.code : "internal", message: expected ? error.message : "The reply could not be saved. Try again." }));
      } finally {
        controller.close();
      }
    },
  });
}
