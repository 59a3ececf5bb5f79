import { LlmError, toLlmError } from "./llm-error";

export type CallDeadlineOptions = {
  /** The caller's cancel signal; its abort reason is rethrown as is. */
  signal?: AbortSignal;
  /** The whole call, from sending the request to the last byte. */
  timeoutMs: number;
  /** From sending the request to `firstByte()`; no separate limit when unset. */
  firstByteTimeoutMs?: number;
};

export type TCallDeadline = {
  /** Aborts the request on timeout or when the caller aborts; give it to the SDK. */
  signal: AbortSignal;
  firstByte(): void;
  /** The error to throw for `error`, or for a call the SDK ended quietly because it was aborted. */
  toError(error?: unknown): unknown;
  dispose(): void;
};

/** One abort signal for an LLM call that also says afterwards why the call was cut short. */
export function startCallDeadline({ signal, timeoutMs, firstByteTimeoutMs }: CallDeadlineOptions): TCallDeadline {
  const controller = new AbortController();
  let expired: string | undefined;
  const expireAfter = (ms: number, what: string) =>
    setTimeout(() => {
      expired = `${what} within ${ms} ms`;
      controller.abort();
    }, ms);
  const overall = expireAfter(timeoutMs, "no complete answer");
  let firstByte = firstByteTimeoutMs === undefined ? undefined : expireAfter(firstByteTimeoutMs, "no first byte");
  const onCallerAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) onCallerAbort();
  signal?.addEventListener("abort", onCallerAbort, { once: true });

  return {
    signal: controller.signal,
    firstByte() {
      clearTimeout(firstByte);
      firstByte = undefined;
    },
    toError(error) {
      if (expired) return new LlmError("timeout", `LLM timed out: ${expired}`, { cause: error });
      if (signal?.aborted) return signal.reason;
      return toLlmError(error ?? new Error("the call was cut short"));
    },
    dispose() {
      clearTimeout(overall);
      clearTimeout(firstByte);
      signal?.removeEventListener("abort", onCallerAbort);
    },
  };
}
