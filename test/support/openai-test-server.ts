import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";

/**
 * A small OpenAI-compatible chat-completions server for tests: real HTTP on 127.0.0.1, so the real
 * `openai` SDK runs end to end. Each request is answered by the test's responder.
 */

/** What the server does with one request. Every kind may wait `firstByteDelayMs` before answering. */
export type TScriptedReply =
  /** The assistant's text; streamed as `chunks` (default: one chunk) with `chunkDelayMs` between them. */
  | { kind: "text"; text?: string; chunks?: string[]; chunkDelayMs?: number; firstByteDelayMs?: number }
  /** An HTTP error with an OpenAI-style body: `{ error: { message, type, param, code } }`. */
  | { kind: "error"; status: number; message?: string; type?: string; code?: string; firstByteDelayMs?: number }
  /** Destroys the socket: before any byte, or (streaming only) after sending `chunks`. */
  | { kind: "drop"; chunks?: string[]; firstByteDelayMs?: number };

export type TRecordedRequest = {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: ChatCompletionCreateParams;
};

export type TResponder = (request: TRecordedRequest) => TScriptedReply | Promise<TScriptedReply>;

export type TOpenAiTestServer = {
  /** Base URL for the SDK, ending in /v1. */
  url: string;
  requests: TRecordedRequest[];
  close(): Promise<void>;
};

const ERROR_DEFAULTS: Record<number, { type: string; code: string; message: string }> = {
  401: { type: "invalid_request_error", code: "invalid_api_key", message: "Incorrect API key provided." },
  429: { type: "requests", code: "rate_limit_exceeded", message: "Rate limit reached for requests." },
  500: { type: "server_error", code: "internal_error", message: "The server had an error." },
};

export async function startOpenAiTestServer(responder: TResponder): Promise<TOpenAiTestServer> {
  const requests: TRecordedRequest[] = [];

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.destroyed) return;
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    // Stops waiting when the client goes away or close() cuts the connection: no timer outlives a test.
    const gone = abortOnClose(res);
    const raw = await readBody(req);
    if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
      return sendJson(res, 404, errorBody(`Unknown path ${req.method} ${req.url}`, "invalid_request_error", "unknown_url"));
    }
    const request: TRecordedRequest = {
      method: req.method,
      path: req.url,
      headers: req.headers,
      body: JSON.parse(raw) as ChatCompletionCreateParams,
    };
    requests.push(request);
    const reply = await responder(request);
    if (reply.firstByteDelayMs) await sleep(reply.firstByteDelayMs, undefined, { signal: gone });

    if (reply.kind === "error") {
      const fallback = ERROR_DEFAULTS[reply.status] ?? ERROR_DEFAULTS[500]!;
      const body = errorBody(reply.message ?? fallback.message, reply.type ?? fallback.type, reply.code ?? fallback.code);
      return sendJson(res, reply.status, body);
    }
    const chunks = reply.chunks ?? (reply.kind === "text" ? [reply.text ?? ""] : []);
    if (reply.kind === "drop" && chunks.length === 0) return void req.socket.destroy();
    if (!request.body.stream) {
      if (reply.kind === "drop") return void req.socket.destroy();
      return sendJson(res, 200, completion(request.body.model, chunks.join("")));
    }

    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    const id = `chatcmpl-test-${requests.length}`;
    writeEvent(res, chunk(id, request.body.model, { role: "assistant", content: "" }, null));
    for (const [index, content] of chunks.entries()) {
      if (index > 0 && reply.kind === "text" && reply.chunkDelayMs) {
        await sleep(reply.chunkDelayMs, undefined, { signal: gone });
      }
      writeEvent(res, chunk(id, request.body.model, { content }, null));
    }
    if (reply.kind === "drop") {
      // Let the chunks reach the client first, so it sees a reply cut off half-way.
      await new Promise((resolve) => res.write("", resolve));
      return void req.socket.destroy();
    }
    writeEvent(res, chunk(id, request.body.model, {}, "stop"));
    res.end("data: [DONE]\n\n");
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function abortOnClose(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once("close", () => controller.abort());
  return controller.signal;
}

async function readBody(req: IncomingMessage): Promise<string> {
  let raw = "";
  for await (const part of req) raw += String(part);
  return raw;
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function writeEvent(res: ServerResponse, data: unknown) {
  res.write(`data: ${JSON.stringify(data)}\n\n`);
}

function errorBody(message: string, type: string, code: string) {
  return { error: { message, type, param: null, code } };
}

const created = () => Math.floor(Date.now() / 1000);

function completion(model: string, content: string) {
  return {
    id: "chatcmpl-test",
    object: "chat.completion",
    created: created(),
    model,
    choices: [{ index: 0, message: { role: "assistant", content, refusal: null }, logprobs: null, finish_reason: "stop" }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

function chunk(id: string, model: string, delta: object, finishReason: string | null) {
  return {
    id,
    object: "chat.completion.chunk",
    created: created(),
    model,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
  };
}
