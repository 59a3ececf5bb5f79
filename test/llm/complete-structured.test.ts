import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { startOpenAiTestServer, type TOpenAiTestServer, type TScriptedReply } from "../support/openai-test-server";
import { completeStructured, type CompleteStructuredOptions } from "@/lib/llm/complete-structured";
import { createLlmClient } from "@/lib/llm/create-llm-client";
import { LlmError } from "@/lib/llm/llm-error";

const ZVerdict = z.object({
  verdict: z.enum(["compliant", "violation"]).describe("Whether the collector broke a rule"),
  findings: z.array(z.object({ turn: z.number().int(), rule: z.string() })),
});

let server: TOpenAiTestServer;
let reply: TScriptedReply;

beforeAll(async () => {
  server = await startOpenAiTestServer(() => reply);
});
afterAll(() => server.close());

const messages: CompleteStructuredOptions<typeof ZVerdict>["messages"] = [
  { role: "system", content: "Judge the call. Answer in JSON." },
  { role: "user", content: "Collector: 不还钱就去你单位找你。" },
];

function judge(overrides: Partial<CompleteStructuredOptions<typeof ZVerdict>> = {}) {
  const settings = { baseURL: server.url, apiKey: "test-key", model: "judge-model", timeoutMs: 20_000, firstByteTimeoutMs: 20_000 };
  return completeStructured({ client: createLlmClient(settings)!, ...settings, messages, schema: ZVerdict, name: "verdict", ...overrides });
}

const valid = { verdict: "violation", findings: [{ turn: 1, rule: "CN-THREAT" }] };

/** A delay no passing test waits out: the answer that comes too late. */
const NEVER_MS = 60_000;

describe("completeStructured", () => {
  it("returns the typed object and sends the model, the messages and a strict json_schema", async () => {
    reply = { kind: "text", text: JSON.stringify(valid) };
    const result = await judge();

    expect(result).toEqual(valid);
    const { body } = server.requests.at(-1)!;
    expect(body).toMatchObject({ model: "judge-model", messages });
    expect(body.stream).toBeFalsy();
    expect(body.response_format).toEqual({
      type: "json_schema",
      json_schema: { name: "verdict", strict: true, schema: expect.objectContaining({ type: "object", additionalProperties: false }) },
    });
    const schema = (body.response_format as { json_schema: { schema: Record<string, unknown> } }).json_schema.schema;
    expect(schema).not.toHaveProperty("$schema");
    expect(schema).toMatchObject({
      required: ["verdict", "findings"],
      properties: { verdict: { enum: ["compliant", "violation"], description: "Whether the collector broke a rule" } },
    });
  });

  it("accepts JSON inside a ```json fence from a model that ignores response_format", async () => {
    reply = { kind: "text", text: `Here is my verdict:\n\`\`\`json\n${JSON.stringify(valid, null, 2)}\n\`\`\`\nHope this helps.` };
    await expect(judge()).resolves.toEqual(valid);
  });

  it("fails with invalid_output when the answer is not JSON", async () => {
    reply = { kind: "text", text: "The collector made a threat." };
    const error = await judge().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(LlmError);
    expect(error).toMatchObject({ kind: "invalid_output", path: "" });
    expect((error as LlmError).message).toMatch(/not JSON/);
  });

  it("fails with invalid_output naming the path that fails the schema", async () => {
    reply = {
      kind: "text",
      text: JSON.stringify({
        verdict: "violation",
        findings: [
          { turn: 1, rule: "CN-THREAT" },
          { turn: "two", rule: "CN-ABUSE" },
        ],
      }),
    };
    const error = await judge().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(LlmError);
    expect(error).toMatchObject({ kind: "invalid_output", path: "findings[1].turn" });
    expect((error as LlmError).message).toContain("findings[1].turn");
  });

  it("waits for a slow answer up to timeoutMs, whatever the settings' first-byte limit", async () => {
    reply = { kind: "text", text: JSON.stringify(valid), firstByteDelayMs: 300 };
    const settings = { baseURL: server.url, apiKey: "test-key", model: "judge-model", timeoutMs: 20_000, firstByteTimeoutMs: 50 };
    const client = createLlmClient(settings)!;

    await expect(completeStructured({ client, ...settings, messages, schema: ZVerdict, name: "verdict" })).resolves.toEqual(valid);
  });

  it("maps HTTP errors like streamChat does", async () => {
    reply = { kind: "error", status: 429 };
    await expect(judge()).rejects.toMatchObject({ kind: "rate_limited", status: 429 });
  });

  it("fails with a timeout quickly when the model does not answer in time", async () => {
    reply = { kind: "text", text: JSON.stringify(valid), firstByteDelayMs: NEVER_MS };
    const started = Date.now();
    await expect(judge({ timeoutMs: 150 })).rejects.toMatchObject({ kind: "timeout" });
    // Not waiting for the answer is what matters; how soon after 150 ms depends on the machine's load.
    expect(Date.now() - started).toBeLessThan(NEVER_MS / 2);
  });
});
