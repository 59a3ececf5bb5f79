import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error";
import { readLimitedBody, readLimitedJson, withLimitedBody } from "./read-limited-body";

/** A chunked body of `total` bytes produced on demand, counting what the reader pulled. */
function endlessBody(total: number) {
  const pulled = { bytes: 0 };
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled.bytes >= total) return controller.close();
        pulled.bytes += chunk.byteLength;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled };
}

const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request("http://127.0.0.1/api/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("readLimitedBody", () => {
  it("refuses a declared length over the limit without reading a byte", async () => {
    const { stream, pulled } = endlessBody(50 * 1024 * 1024);
    const request = post(stream, { "content-length": String(50 * 1024 * 1024) });
    const refusal = await readLimitedBody(request, 16 * 1024).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).code).toBe("payload_too_large");
    expect(pulled.bytes).toBe(0);
  });

  it("stops a chunked 50 MB body soon after the limit", async () => {
    const { stream, pulled } = endlessBody(50 * 1024 * 1024);
    const refusal = await readLimitedBody(post(stream), 64 * 1024).catch((error: unknown) => error);
    expect((refusal as AppError).code).toBe("payload_too_large");
    expect(pulled.bytes).toBeLessThan(1024 * 1024);
  });

  it("reads a body within the limit whole", async () => {
    expect(new TextDecoder().decode(await readLimitedBody(post("héllo"), 100))).toBe("héllo");
    expect(await readLimitedJson(post('{"a":1}'))).toEqual({ a: 1 });
  });

  it("answers malformed JSON and broken UTF-8 as invalid input", async () => {
    for (const body of ["{", new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d])]) {
      const refusal = await readLimitedJson(post(body)).catch((error: unknown) => error);
      expect((refusal as AppError).code).toBe("invalid_input");
    }
  });

  it("refuses a NUL character in any string or key of a JSON body", async () => {
    for (const body of ['{"name":"x\\u0000y"}', '{"a":[{"b":"\\u0000"}]}', '{"x\\u0000":1}']) {
      const refusal = await readLimitedJson(post(body)).catch((error: unknown) => error);
      expect((refusal as AppError).code, body).toBe("invalid_input");
    }
  });

  it("hands on a bounded copy that can still be read as a form", async () => {
    const form = new FormData();
    form.set("teamId", "t1");
    const copy = await withLimitedBody(new Request("http://127.0.0.1/x", { method: "POST", body: form }), 1024);
    expect((await copy.formData()).get("teamId")).toBe("t1");
  });
});
