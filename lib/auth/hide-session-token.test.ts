import { describe, expect, it } from "vitest";
import { hideSessionToken } from "./hide-session-token";

const json = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json", ...headers } });

describe("hideSessionToken", () => {
  it("drops the token of a sign-in answer and keeps its cookie", async () => {
    const original = json({ redirect: false, token: "secret-token", user: { id: "u1", name: "Trainee" } });
    original.headers.append("set-cookie", "parley.session_token=secret-token; HttpOnly; Path=/");
    original.headers.append("set-cookie", "parley.other=1; Path=/");
    const hidden = await hideSessionToken(original);
    expect(await hidden.json()).toEqual({ redirect: false, user: { id: "u1", name: "Trainee" } });
    expect(hidden.headers.getSetCookie()).toEqual(["parley.session_token=secret-token; HttpOnly; Path=/", "parley.other=1; Path=/"]);
    expect(hidden.status).toBe(200);
  });

  it("drops the token inside a session answer", async () => {
    const hidden = await hideSessionToken(json({ session: { id: "s1", token: "secret-token", userId: "u1" }, user: { id: "u1" } }));
    const text = await hidden.text();
    expect(text).not.toContain("secret-token");
    expect(JSON.parse(text)).toEqual({ session: { id: "s1", userId: "u1" }, user: { id: "u1" } });
  });

  it("passes other answers through untouched", async () => {
    const refusal = new Response(JSON.stringify({ code: "INVALID_USERNAME_OR_PASSWORD" }), { status: 401, headers: { "content-type": "application/json" } });
    expect(await hideSessionToken(refusal)).toBe(refusal);
    const page = new Response("<p>token</p>", { headers: { "content-type": "text/html" } });
    expect(await hideSessionToken(page)).toBe(page);
  });
});
