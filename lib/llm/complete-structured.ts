import type OpenAI from "openai";
import { z } from "zod";
import { startCallDeadline } from "./call-deadline";
import type { TChatMessage } from "./chat-message";
import { LlmError } from "./llm-error";
import { parseStructuredOutput } from "./parse-structured-output";

export type CompleteStructuredOptions<T extends z.ZodType> = {
  client: OpenAI;
  model: string;
  messages: TChatMessage[];
  /** What the output must match. Use `.nullable()` rather than `.optional()`: strict mode needs every key. */
  schema: T;
  /** Names the schema for the model: letters, digits, _ and -, at most 64. */
  name: string;
  timeoutMs: number;
  signal?: AbortSignal;
  temperature?: number;
};

/** A chat completion whose answer is parsed and validated against `schema`; fails with an LlmError. */
export async function completeStructured<T extends z.ZodType>(options: CompleteStructuredOptions<T>): Promise<z.output<T>> {
  const { client, model, messages, schema, name, timeoutMs, signal, temperature } = options;
  // Outside the call, so a schema JSON Schema cannot express fails loudly rather than as an LlmError.
  const jsonSchema = toStrictJsonSchema(schema);
  const deadline = startCallDeadline({ signal, timeoutMs });
  let completion: OpenAI.Chat.ChatCompletion;
  try {
    completion = await client.chat.completions.create(
      {
        model,
        messages,
        response_format: { type: "json_schema", json_schema: { name, schema: jsonSchema, strict: true } },
        ...(temperature === undefined ? {} : { temperature }),
      },
      { signal: deadline.signal, timeout: timeoutMs },
    );
  } catch (error) {
    throw deadline.toError(error);
  } finally {
    deadline.dispose();
  }
  const choice = completion.choices[0];
  if (choice?.message.refusal) throw new LlmError("invalid_output", `LLM refused ${name}: ${choice.message.refusal}`, { path: "" });
  return parseStructuredOutput(choice?.message.content ?? "", schema, name);
}

function toStrictJsonSchema(schema: z.ZodType): Record<string, unknown> {
  // draft-7 is the dialect OpenAI documents; the $schema key only distracts other providers.
  const { $schema: _dialect, ...jsonSchema } = z.toJSONSchema(schema, { target: "draft-7" });
  return jsonSchema;
}
