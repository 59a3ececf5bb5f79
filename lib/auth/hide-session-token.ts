/**
 * The session lives in an HttpOnly cookie so page scripts cannot read it; better-auth also returns
 * the token in the JSON of sign-in and get-session, which would hand it to any script on the page.
 * This drops it there and leaves every header, the cookies above all, as they were.
 */
export async function hideSessionToken(response: Response): Promise<Response> {
  if (!response.headers.get("content-type")?.includes("application/json")) return response;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => undefined);
  if (!isRecord(body) || !(hasToken(body) || (isRecord(body.session) && hasToken(body.session)))) return response;
  const { token: _dropped, ...rest } = body;
  const cleaned = isRecord(rest.session) ? { ...rest, session: withoutToken(rest.session) } : rest;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(cleaned), { status: response.status, statusText: response.statusText, headers });
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const hasToken = (value: Record<string, unknown>) => "token" in value;
const withoutToken = ({ token: _dropped, ...rest }: Record<string, unknown>) => rest;
