/** Expected failures that reach the user; anything else is a bug and goes to the log. */
export type TAppErrorCode = "unauthenticated" | "forbidden" | "not_found" | "invalid_input" | "conflict" | "payload_too_large" | "rate_limited";

export class AppError extends Error {
  constructor(
    readonly code: TAppErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const HTTP_STATUS: Record<TAppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid_input: 400,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
};
