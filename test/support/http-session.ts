/** A signed-in HTTP client: carries the session cookie the way a browser would. */
export type THttpSession = { cookie: string; fetch: (path: string, init?: RequestInit) => Promise<Response> };

export async function signIn(baseUrl: string, username: string, password: string): Promise<THttpSession> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/username`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`sign-in of ${username} failed with ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0])
    .join("; ");
  return sessionWithCookie(baseUrl, cookie);
}

export function sessionWithCookie(baseUrl: string, cookie: string): THttpSession {
  return {
    cookie,
    fetch: (path, init = {}) => fetch(`${baseUrl}${path}`, { redirect: "manual", ...init, headers: { cookie, origin: baseUrl, ...init.headers } }),
  };
}
