import { z } from "zod";
import { ZTranscriptInput, type TTranscript } from "../transcript/transcript-schema";

export type TParsedInput = { ok: true; transcript: TTranscript } | { ok: false; errors: string[] };

/**
 * Parses one transcript file's text. Errors name each wrong field's path as a reader writes it
 * (`✖ Invalid option: expected one of "agent"|"customer" → at turns[2].speaker`), or the line and column of bad JSON.
 */
export function parseTranscriptInput(text: string): TParsedInput {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [describeJsonError(text, error)] };
  }
  const result = ZTranscriptInput.safeParse(data);
  if (result.success) return { ok: true, transcript: result.data };
  return { ok: false, errors: [`not a valid transcript:\n${z.prettifyError(result.error)}`] };
}

function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return `invalid JSON: ${message}`;
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `invalid JSON at line ${line}, column ${column}: ${message.replace(/ in JSON at position \d+.*$/, "")}`;
}
