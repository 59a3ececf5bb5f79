/** A route's refusal as its body says it: guardRoute's `{ error: { code, message, details } }`, or better-auth's `{ code, message }`. */
export type TApiError = { code?: string; message?: string; details?: unknown };

/**
 * A Parley API route's answer: its JSON body, or why it refused. `message` is ready to show: the
 * route's own sentence followed by each wrong field (`path: message`); `error` is the body's error
 * for callers that word a refusal themselves. Status 0 is a network failure.
 */
export type TApiResult<T> = { ok: true; status: number; body: T } | { ok: false; status: number; message: string; error?: TApiError };

/**
 * The one way pages call Parley's API: sends JSON (or a FormData as multipart), never throws, and
 * reads the answer with readAnswer.
 */
export async function sendJson<T = unknown>(url: string, method: "GET" | "POST" | "PATCH" | "DELETE", body?: unknown, networkMessage = "Network error"): Promise<TApiResult<T>> {
  let response: Response;
  try {
    response =
      body instanceof FormData
        ? await fetch(url, { method, body })
        : await fetch(url, { method, headers: body === undefined ? {} : { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    return { ok: false, status: 0, message: networkMessage };
  }
  return readAnswer<T>(response);
}

/** An answer already received (a streamed one that was refused, say), read as sendJson reads it. */
export async function readAnswer<T = unknown>(response: Response): Promise<TApiResult<T>> {
  const json = response.status === 204 ? null : ((await response.json().catch(() => null)) as unknown);
  if (response.ok) return { ok: true, status: response.status, body: json as T };
  const record = json !== null && typeof json === "object" ? (json as { error?: TApiError } & TApiError) : undefined;
  const error = record?.error ?? (typeof record?.code === "string" ? record : undefined);
  const fields = Array.isArray(error?.details)
    ? error.details.flatMap((detail: { path?: unknown; message?: unknown }) =>
        typeof detail?.message === "string" ? [detail.path ? `${detail.path}: ${detail.message}` : detail.message] : [],
      )
    : [];
  return { ok: false, status: response.status, message: [error?.message ?? response.statusText, ...fields].filter(Boolean).join(" "), error };
}
