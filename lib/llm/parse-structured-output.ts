import { z } from "zod";
import { LlmError } from "./llm-error";

const FENCED_JSON = /```(?:json)?\s*([\s\S]*?)\s*```/i;

/**
 * Parses a model's text as JSON matching `schema`. Models that ignore response_format often wrap
 * the JSON in a ```json fence, so the first fenced block is accepted too.
 */
export function parseStructuredOutput<T extends z.ZodType>(text: string, schema: T, name: string): z.output<T> {
  const json = parseJson(text.trim()) ?? parseJson(FENCED_JSON.exec(text)?.[1]);
  if (!json) {
    throw new LlmError("invalid_output", `LLM output for ${name} is not JSON: ${text.slice(0, 200)}`, { path: "" });
  }
  const result = schema.safeParse(json.value);
  if (!result.success) {
    throw new LlmError("invalid_output", `LLM output does not match ${name}:\n${z.prettifyError(result.error)}`, {
      cause: result.error,
      path: z.core.toDotPath(result.error.issues[0]?.path ?? []),
    });
  }
  return result.data;
}

function parseJson(text: string | undefined): { value: unknown } | undefined {
  if (!text) return undefined;
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}
