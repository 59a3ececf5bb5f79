import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOpenAiTestServer, type TOpenAiTestServer, type TScriptedReply } from "../support/openai-test-server";
import { createLlmClient } from "@/lib/llm/create-llm-client";
import { LlmError } from "@/lib/llm/llm-error";
import { streamChat, type StreamChatOptions } from "@/lib/llm/stream-chat";

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
  const settings = { baseURL: server.url, apiKey: "test-key", model: "test-model", timeoutMs: 20_000, firstByteTimeoutMs: 20_000 };
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

/** A delay no passing test waits out: the answer that comes too late. */
const NEVER_MS = 60_000;

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
    reply = { kind: "text", text: "late", firstByteDelayMs: NEVER_MS };
    const { error, elapsedMs } = await consume(streamChat(options({ firstByteTimeoutMs: 150 })));

    expect(error).toBeInstanceOf(LlmError);
    expect(error).toMatchObject({ kind: "timeout" });
    expect(elapsedMs).toBeGreaterThanOrEqual(140);
    // Not waiting for the answer is what matters; how soon after 150 ms depends on the machine's load.
    expect(elapsedMs).toBeLessThan(NEVER_MS / 2);
  });

  it("fails with a timeout when the whole reply takes too long, after the deltas that came in time", async () => {
    // The first chunk comes at once, well inside the limit even on a busy machine; the second never does.
    reply = { kind: "text", chunks: ["first", "never"], chunkDelayMs: NEVER_MS };
    const { deltas, error, elapsedMs } = await consume(streamChat(options({ timeoutMs: 3000 })));

    expect(deltas).toEqual(["first"]);
    expect(error).toMatchObject({ kind: "timeout" });
    expect(elapsedMs).toBeGreaterThanOrEqual(2900);
    expect(elapsedMs).toBeLessThan(NEVER_MS / 2);
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
    reply = { kind: "text", text: "late", firstByteDelayMs: NEVER_MS };
    const reason = new Error("trainee hung up");
    const { error, elapsedMs } = await consume(streamChat(options({ signal: timeoutSignal(100, reason) })));

    expect(error).toBe(reason);
    // Well before the answer that never comes, however busy the machine.
    expect(elapsedMs).toBeLessThan(NEVER_MS / 2);
  });
});

function timeoutSignal(ms: number, reason: unknown): AbortSignal {
  const controller = new AbortController();
  setTimeout(() => controller.abort(reason), ms);
  return controller.signal;
}
