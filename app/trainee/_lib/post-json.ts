export type TPostResult<T> = { ok: true; body: T } | { ok: false; status: number; message: string };

/**
 * POSTs JSON to a Parley route and reads the answer; a refusal carries its HTTP status (409 means
 * another tab moved the call on) and the guard's message. status 0 is a network failure.
 */
export async function postJson<T>(url: string, body: unknown, networkMessage: string): Promise<TPostResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  } catch {
    return { ok: false, status: 0, message: networkMessage };
  }
  return readAnswer<T>(response);
}

/** A route's answer: its JSON body, or the status and message of the guard's error body. */
export async function readAnswer<T>(response: Response): Promise<TPostResult<T>> {
  const json = await response.json().catch(() => null);
  if (response.ok) return { ok: true, body: json as T };
  return { ok: false, status: response.status, message: json?.error?.message ?? response.statusText };
}
