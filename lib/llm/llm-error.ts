import { APIConnectionError, APIConnectionTimeoutError, APIError } from "openai";

/**
 * Why an LLM call failed. Every kind means "use the offline fallback"; the kind says what to log
 * and whether trying again later might help (timeout, rate_limited, network) or not (auth).
 */
export type TLlmErrorKind = "timeout" | "rate_limited" | "auth" | "provider" | "network" | "invalid_output";

export class LlmError extends Error {
  override readonly name = "LlmError";
  /** HTTP status from the provider, when there was one. */
  readonly status: number | undefined;
  /** For invalid_output: where the output first fails the schema ("" for the root). */
  readonly path: string | undefined;

  constructor(
    readonly kind: TLlmErrorKind,
    message: string,
    options: { cause?: unknown; status?: number; path?: string } = {},
  ) {
    super(message, { cause: options.cause });
    this.status = options.status;
    this.path = options.path;
  }
}

const KIND_BY_STATUS: Record<number, TLlmErrorKind> = { 401: "auth", 403: "auth", 408: "timeout", 429: "rate_limited", 504: "timeout" };

/** Maps what the openai SDK or the fetch underneath it throws to an LlmError. */
export function toLlmError(error: unknown): LlmError {
  if (error instanceof LlmError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof APIConnectionTimeoutError) return new LlmError("timeout", `LLM request timed out: ${detail}`, { cause: error });
  if (error instanceof APIConnectionError) return new LlmError("network", `LLM unreachable: ${detail}`, { cause: error });
  if (error instanceof APIError) {
    const kind = (error.status && KIND_BY_STATUS[error.status]) || "provider";
    return new LlmError(kind, `LLM provider error: ${detail}`, { cause: error, status: error.status });
  }
  // A stream cut mid-way surfaces from fetch as a TypeError ("terminated") or a socket error.
  if (error instanceof TypeError || (error instanceof Error && "code" in error)) {
    return new LlmError("network", `LLM connection failed: ${detail}`, { cause: error });
  }
  return new LlmError("provider", `LLM call failed: ${detail}`, { cause: error });
}
