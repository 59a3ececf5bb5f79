import { AppError } from "../errors/app-error";

/** Bodies an API route accepts, in bytes. JSON forms are small; a scenario's YAML or an upload is not. */
export const BODY_LIMITS = {
  json: 64 * 1024,
  /** A scenario's YAML (200,000 characters, up to 3 bytes each in UTF-8, escaped in JSON). */
  scenario: 1024 * 1024,
  /** Sign-in and the other better-auth forms. */
  auth: 16 * 1024,
  /** A quality-review upload: up to 100 transcript files. */
  upload: 24 * 1024 * 1024,
} as const;

const tooLarge = (maxBytes: number) => new AppError("payload_too_large", `The request body is larger than ${maxBytes.toLocaleString("en")} bytes.`, { maxBytes });

/**
 * Reads a request body, refusing it before reading when its declared length is over the limit and
 * as soon as the bytes read pass it otherwise (a chunked body declares no length). Nothing larger
 * than the limit is ever held in memory.
 */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get("content-length");
  if (declared !== null && (!/^\d+$/.test(declared) || Number(declared) > maxBytes)) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * A JSON body within the limit; malformed JSON, text that is not UTF-8, or a NUL character in any
 * string or key (PostgreSQL text cannot hold U+0000) is a 400.
 */
export async function readLimitedJson(request: Request, maxBytes: number = BODY_LIMITS.json): Promise<unknown> {
  const body = await readLimitedBody(request, maxBytes);
  let holdsNul = false;
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body), (key, item: unknown) => {
      if (key.includes("\u0000") || (typeof item === "string" && item.includes("\u0000"))) holdsNul = true;
      return item;
    });
  } catch {
    throw new AppError("invalid_input", "The request body is not valid JSON.");
  }
  if (holdsNul) throw new AppError("invalid_input", "The request holds a NUL character (\\u0000), which Parley cannot store.");
  return value;
}

/** The same request with its body read once within the limit, for handlers that read it themselves. */
export async function withLimitedBody(request: Request, maxBytes: number): Promise<Request> {
  if (request.method === "GET" || request.method === "HEAD") return request;
  const body = await readLimitedBody(request, maxBytes);
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  headers.delete("transfer-encoding");
  return new Request(request.url, { method: request.method, headers, body: body.byteLength > 0 ? body : null, signal: request.signal });
}
