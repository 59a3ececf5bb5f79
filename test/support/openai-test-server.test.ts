import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { startOpenAiTestServer, type TScriptedReply } from "./openai-test-server";

async function withServer(reply: TScriptedReply, use: (server: Awaited<ReturnType<typeof startOpenAiTestServer>>, client: OpenAI) => Promise<void>) {
  const server = await startOpenAiTestServer(() => reply);
  try {
    await use(server, new OpenAI({ baseURL: server.url, apiKey: "test-key", maxRetries: 0, organization: null, project: null }));
  } finally {
    await server.close();
  }
}

const messages = [{ role: "user" as const, content: "hello" }];

describe("openai test server", () => {
  it("listens on 127.0.0.1 and answers a non-streaming completion, recording the request", async () => {
    await withServer({ kind: "text", chunks: ["Hi ", "there"] }, async (server, client) => {
      const completion = await client.chat.completions.create({ model: "m", messages }, { headers: { "x-trace": "t1" } });

      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
      expect(completion.choices[0]?.message.content).toBe("Hi there");
      expect(server.requests).toHaveLength(1);
      expect(server.requests[0]).toMatchObject({
        method: "POST",
        path: "/v1/chat/completions",
        body: { model: "m", messages },
        headers: { "x-trace": "t1", authorization: "Bearer test-key" },
      });
    });
  });

  it("streams the chunks as server-sent events with the delay between them", async () => {
    await withServer({ kind: "text", chunks: ["a", "b", "c"], chunkDelayMs: 60 }, async (_server, client) => {
      const stream = await client.chat.completions.create({ model: "m", messages, stream: true });
      const arrivals: Array<{ content: string | null | undefined; at: number }> = [];
      for await (const chunk of stream) arrivals.push({ content: chunk.choices[0]?.delta.content, at: Date.now() });

      expect(arrivals.map((a) => a.content)).toEqual(["", "a", "b", "c", undefined]);
      // Under load the first two chunks may arrive together; the last still comes a full delay later.
      expect(arrivals[3]!.at - arrivals[1]!.at).toBeGreaterThanOrEqual(50);
    });
  });

  it("returns an OpenAI-style error body", async () => {
    await withServer({ kind: "error", status: 429 }, async (_server, client) => {
      const error = await client.chat.completions.create({ model: "m", messages }).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(OpenAI.RateLimitError);
      expect(error).toMatchObject({ status: 429, code: "rate_limit_exceeded" });
    });
  });

  it("drops the connection", async () => {
    await withServer({ kind: "drop" }, async (_server, client) => {
      await expect(client.chat.completions.create({ model: "m", messages })).rejects.toBeInstanceOf(OpenAI.APIConnectionError);
    });
  });

  it("answers other paths with 404", async () => {
    await withServer({ kind: "text", text: "unused" }, async (server) => {
      const response = await fetch(`${server.url}/models`);

      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: "unknown_url" } });
      expect(server.requests).toHaveLength(0);
    });
  });

  it("closes at once with a request still waiting, leaving no server or socket behind", async () => {
    const before = countResources();
    const server = await startOpenAiTestServer(() => ({ kind: "text", text: "late", firstByteDelayMs: 60_000 }));
    const client = new OpenAI({ baseURL: server.url, apiKey: "k", maxRetries: 0 });
    const pending = client.chat.completions.create({ model: "m", messages }).catch((e: unknown) => e);
    await expect.poll(() => server.requests.length).toBe(1);

    const started = Date.now();
    await server.close();
    // At once rather than after the answer's 60 s; how soon exactly depends on the machine's load.
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(await pending).toBeInstanceOf(OpenAI.APIConnectionError);
    // Earlier tests' sockets may still be closing, so nothing may be left above the starting count.
    await expect.poll(() => [...countResources()].every(([kind, count]) => count <= (before.get(kind) ?? 0))).toBe(true);
  });
});

function countResources(): Map<string, number> {
  const counts = new Map(["TCPServerWrap", "TCPSocketWrap"].map((kind) => [kind, 0]));
  for (const kind of process.getActiveResourcesInfo()) {
    if (counts.has(kind)) counts.set(kind, counts.get(kind)! + 1);
  }
  return counts;
}
