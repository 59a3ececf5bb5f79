import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOpenAiTestServer, type TOpenAiTestServer, type TScriptedReply } from "@/test/support/openai-test-server";
import { createLlmClient } from "./create-llm-client";
import { LlmError } from "./llm-error";
import { streamChat, type StreamChatOptions } from "./stream-chat";

let server: TOpenAiTestServer;
let reply: TScriptedReply;

beforeAll(async () => {
  server = await startOpenAiTestServer(() => reply);
});
afterAll(() => server.close());

const messages: StreamChatOptions["messages"] = [
  { role: "system", content: "You are a customer who owes 5.8万." },
  { role: "user", content: "您好，请问是王先生吗？" },
];

function options(overrides: Partial<StreamChatOptions> = {}): StreamChatOptions {
  const settings = { baseURL: server.url, apiKey: "test-key", model: "test-model", timeoutMs: 5000, firstByteTimeoutMs: 5000 };
  return { client: createLlmClient(settings)!, ...settings, messages, ...overrides };
}

/** Collects deltas until the stream ends or fails; returns both. */
async function consume(stream: AsyncIterable<string>) {
  const deltas: string[] = [];
  const started = Date.now();
  try {
    for await (const delta of stream) deltas.push(delta);
    return { deltas, error: undefined, elapsedMs: Date.now() - started };
  } catch (error) {
    return { deltas, error, elapsedMs: Date.now() - started };
  }
}

describe("streamChat", () => {
  it("yields the deltas in order and sends the model and the messages", async () => {
    reply = { kind: "text", chunks: ["是", "的，", "我是王", "先生。"], chunkDelayMs: 20 };
    const { deltas, error } = await consume(streamChat(options()));

    expect(error).toBeUndefined();
    expect(deltas).toEqual(["是", "的，", "我是王", "先生。"]);
    expect(deltas.join("")).toBe("是的，我是王先生。");
    const request = server.requests.at(-1)!;
    expect(request.body).toMatchObject({ model: "test-model", messages, stream: true });
    expect(request.headers.authorization).toBe("Bearer test-key");
  });

  it("fails with a timeout soon after the first-byte limit when the model stalls", async () => {
    reply = { kind: "text", text: "late", firstByteDelayMs: 3000 };
    const { error, elapsedMs } = await consume(streamChat(options({ firstByteTimeoutMs: 150 })));

    expect(error).toBeInstanceOf(LlmError);
    expect(error).toMatchObject({ kind: "timeout" });
    expect(elapsedMs).toBeGreaterThanOrEqual(140);
    expect(elapsedMs).toBeLessThan(1000);
  });

  it("fails with a timeout when the whole reply takes too long, after the deltas that came in time", async () => {
    reply = { kind: "text", chunks: ["first", "never"], chunkDelayMs: 3000 };
    const { deltas, error, elapsedMs } = await consume(streamChat(options({ timeoutMs: 300 })));

    expect(deltas).toEqual(["first"]);
    expect(error).toMatchObject({ kind: "timeout" });
    expect(elapsedMs).toBeLessThan(1500);
  });

  it.each([
    [429, "rate_limited"],
    [500, "provider"],
    [401, "auth"],
  ] as const)("maps HTTP %i to %s", async (status, kind) => {
    reply = { kind: "error", status };
    const { error } = await consume(streamChat(options()));

    expect(error).toBeInstanceOf(LlmError);
    expect(error).toMatchObject({ kind, status });
  });

  it("maps a connection dropped before the reply to network", async () => {
    reply = { kind: "drop" };
    const { error } = await consume(streamChat(options()));

    expect(error).toBeInstanceOf(LlmError);
    expect(error).toMatchObject({ kind: "network" });
  });

  it("maps a connection dropped mid-stream to network, after the deltas already sent", async () => {
    reply = { kind: "drop", chunks: ["half a "] };
    const { deltas, error } = await consume(streamChat(options()));

    expect(deltas).toEqual(["half a "]);
    expect(error).toMatchObject({ kind: "network" });
  });

  it("rethrows the caller's abort reason when the caller cancels", async () => {
    reply = { kind: "text", text: "late", firstByteDelayMs: 3000 };
    const reason = new Error("trainee hung up");
    const { error, elapsedMs } = await consume(streamChat(options({ signal: timeoutSignal(100, reason) })));

    expect(error).toBe(reason);
    expect(elapsedMs).toBeLessThan(1000);
  });
});

function timeoutSignal(ms: number, reason: unknown): AbortSignal {
  const controller = new AbortController();
  setTimeout(() => controller.abort(reason), ms);
  return controller.signal;
}
