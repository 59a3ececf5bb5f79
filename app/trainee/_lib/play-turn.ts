import { ZTurnStreamEvent, type TTurnStreamEvent } from "@/lib/calls/call-schemas";
import type { TMood } from "@/lib/persona/customer-decision-schema";
import { readAnswer } from "@/app/_lib/send-json";

type TDone = Extract<TTurnStreamEvent, { type: "done" }>;
export type TPlayedTurn = ({ ok: true } & TDone) | { ok: false; conflict: boolean; message: string };

/**
 * Sends one line and reads the NDJSON answer as it arrives: the customer's mood (when shown) and
 * every text chunk go to their callbacks at once, so the reply appears while it is produced; the
 * result is the final done line or why the line was not saved (conflict: another tab answered
 * first, at once as a 409 or at the end).
 */
export async function playTurn(
  callId: string,
  input: { text: string; revision: number },
  on: { text: (text: string) => void; mood: (mood: TMood) => void },
  networkMessage: string,
): Promise<TPlayedTurn> {
  let response: Response;
  try {
    response = await fetch(`/api/trainee/calls/${callId}/turns`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) });
  } catch {
    return { ok: false, conflict: false, message: networkMessage };
  }
  if (!response.ok || !response.body) {
    const refusal = await readAnswer(response);
    return { ok: false, conflict: response.status === 409, message: refusal.ok ? response.statusText : refusal.message };
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (value) buffered += value;
      const lines = buffered.split("\n");
      buffered = done ? "" : lines.pop()!;
      for (const line of lines.filter((candidate) => candidate.trim() !== "")) {
        const event = ZTurnStreamEvent.parse(JSON.parse(line));
        if (event.type === "text") on.text(event.text);
        else if (event.type === "mood") on.mood(event.mood);
        else if (event.type === "done") return { ok: true, ...event };
        else return { ok: false, conflict: event.code === "conflict", message: event.message };
      }
      if (done) return { ok: false, conflict: false, message: networkMessage };
    }
  } catch {
    return { ok: false, conflict: false, message: networkMessage };
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
