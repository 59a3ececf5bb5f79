import type { z } from "zod";
import { ZTranscriptInput, type TTranscript } from "../transcript/transcript-schema";

export type TParsedInput = { ok: true; transcript: TTranscript } | { ok: false; errors: string[] };

/**
 * Parses one transcript file's text. Errors name the field path as a reader writes it
 * (`turns[2].speaker: expected "agent" or "customer"`), or the line and column of bad JSON.
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
  return { ok: false, errors: result.error.issues.map(describeIssue) };
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

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.reduce<string>((text, key) => (typeof key === "number" ? `${text}[${key}]` : text === "" ? String(key) : `${text}.${String(key)}`), "");
  return `${path || "(root)"}: ${explain(issue)}`;
}

function explain(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_value") return `expected ${issue.values.map((value) => JSON.stringify(value)).join(" or ")}`;
  if (issue.code === "invalid_type") return issue.message.replace(/^Invalid input: /, "");
  return issue.message;
}
