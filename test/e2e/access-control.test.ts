import { beforeAll, describe, expect, it } from "vitest";
import { ROUTE_ACCESS, decideAccess, type TRoutePattern } from "@/lib/auth/access-policy";
import { ROLE_HOME, ROLES, type TRole } from "@/lib/auth/roles";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { listAppRoutes } from "../support/app-routes";
import { sessionWithCookie, signIn, type THttpSession } from "../support/http-session";
import { sharedParley } from "../support/shared-parley";

const server = await sharedParley();
const sessions = {} as Record<TRole, THttpSession>;
let ownTeamId: string;
let otherTeamId: string;

beforeAll(async () => {
  for (const role of ROLES) {
    const account = DEMO_ACCOUNTS.find((candidate) => candidate.role === role)!;
    sessions[role] = await signIn(server.url, account.username, DEMO_PASSWORD);
  }
  const teams = (await (await sessions.admin.fetch("/api/admin/teams")).json()) as { id: string; members: { role: string }[] }[];
  const supervisorTeams = ((await (await sessions.supervisor.fetch("/api/me")).json()) as { teamIds: string[] }).teamIds;
  ownTeamId = supervisorTeams[0]!;
  otherTeamId = teams.map((team) => team.id).find((id) => !supervisorTeams.includes(id))!;
});

const anonymous = () => sessionWithCookie(server.url, "");
const routes = listAppRoutes();

/** A concrete URL for a pattern: dynamic segments filled with the supervisor's own team. */
function concrete(pattern: string): string {
  if (pattern === "/api/auth/[...all]") return "/api/auth/get-session";
  return pattern.replace("[teamId]", ownTeamId);
}

async function request(session: THttpSession, pattern: string, method: string) {
  return session.fetch(concrete(pattern), method === "GET" ? {} : { method, headers: { "content-type": "application/json" }, body: "{}" });
}

describe("the access policy covers every route", () => {
  it("lists every page and route handler in app/, and nothing that does not exist", () => {
    expect(routes.map((route) => route.pattern).sort()).toEqual([...new Set(Object.keys(ROUTE_ACCESS))].sort());
    expect(routes.filter((route) => route.kind === "api" && route.methods.length === 0)).toEqual([]);
  });
});

describe("sign-in", () => {
  it.each(DEMO_ACCOUNTS.map((account) => [account.username, account.role] as const))("%s lands on the %s home", async (username, role) => {
    const session = await signIn(server.url, username, DEMO_PASSWORD);
    const home = await session.fetch("/");
    expect(home.status).toBe(307);
    expect(home.headers.get("location")).toBe(ROLE_HOME[role]);
    expect((await session.fetch(ROLE_HOME[role])).status).toBe(200);
  });

  it("refuses a wrong password with 401 and sets no session", async () => {
    const response = await fetch(`${server.url}/api/auth/sign-in/username`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ username: "trainee", password: "not-the-password" }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.getSetCookie().filter((cookie) => cookie.includes("session_token=") && !cookie.includes("Max-Age=0"))).toEqual([]);
  });

  it("sets the session cookie HttpOnly and SameSite", async () => {
    const response = await fetch(`${server.url}/api/auth/sign-in/username`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ username: "trainee", password: DEMO_PASSWORD }),
    });
    const sessionCookie = response.headers.getSetCookie().find((cookie) => cookie.includes("session_token="))!;
    expect(sessionCookie).toMatch(/HttpOnly/i);
    expect(sessionCookie).toMatch(/SameSite=Lax/i);
  });

  it("refuses a sign-in posted from another site", async () => {
    const response = await fetch(`${server.url}/api/auth/sign-in/username`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://evil.example", "sec-fetch-site": "cross-site" },
      body: JSON.stringify({ username: "trainee", password: DEMO_PASSWORD }),
    });
    expect(response.status).toBe(403);
  });
});

describe("every role × every protected route", () => {
  const cases = routes.flatMap((route) => route.methods.flatMap((method) => [...ROLES, "anonymous" as const].map((role) => [route.pattern, method, role, route.kind] as const)));

  it.each(cases)("%s %s as %s", async (pattern, method, role, kind) => {
    const viewer = role === "anonymous" ? null : { id: "", name: "", username: "", role, teamIds: [] };
    const decision = decideAccess(pattern as TRoutePattern, viewer);
    const response = await request(role === "anonymous" ? anonymous() : sessions[role], pattern, method);
    if (decision === "allow") {
      expect([401, 403]).not.toContain(response.status);
      // "/" is the public entry that sends a signed-out visitor to sign in; nothing else may.
      if (pattern !== "/") expect(response.headers.get("location") ?? "").not.toContain("/sign-in");
    } else if (decision === "sign-in") {
      if (kind === "page") expect(response.headers.get("location")).toBe("/sign-in");
      else expect(response.status).toBe(401);
    } else {
      expect(response.status).toBe(403);
    }
  });

  it("keeps trainees out of trainer, supervisor and admin pages and APIs", async () => {
    for (const path of ["/trainer", "/supervisor", "/admin", "/api/trainer/scenarios", "/api/admin/users", `/api/supervisor/teams/${ownTeamId}/results`]) {
      expect((await sessions.trainee.fetch(path)).status, path).toBe(403);
    }
  });
});

describe("team boundaries", () => {
  it("lets a supervisor read their own team and refuses another team's page and API", async () => {
    expect((await sessions.supervisor.fetch(`/supervisor/teams/${ownTeamId}`)).status).toBe(200);
    expect((await sessions.supervisor.fetch(`/api/supervisor/teams/${ownTeamId}/results`)).status).toBe(200);
    expect((await sessions.supervisor.fetch(`/supervisor/teams/${otherTeamId}`)).status).toBe(403);
    expect((await sessions.supervisor.fetch(`/api/supervisor/teams/${otherTeamId}/results`)).status).toBe(403);
    expect((await sessions.supervisor.fetch(`/api/supervisor/teams/no-such-team/results`)).status).toBe(403);
  });
});

describe("mutations", () => {
  it("refuse a request without this site's Origin (CSRF)", async () => {
    const response = await fetch(`${server.url}/api/admin/teams`, {
      method: "POST",
      headers: { cookie: sessions.admin.cookie, "content-type": "application/json", origin: "http://evil.example" },
      body: JSON.stringify({ name: "Forged" }),
    });
    expect(response.status).toBe(403);
  });

  it("let an admin add a team and a user who can then sign in", async () => {
    const team = await sessions.admin.fetch("/api/admin/teams", { method: "POST", body: JSON.stringify({ name: "Shenzhen C" }), headers: { "content-type": "application/json" } });
    expect(team.status).toBe(201);
    const { id: teamId } = (await team.json()) as { id: string };
    const user = await sessions.admin.fetch("/api/admin/users", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "zhao.lei", name: "赵磊", password: "a-long-password", role: "trainee", teamIds: [teamId] }),
    });
    expect(user.status).toBe(201);
    const newcomer = await signIn(server.url, "zhao.lei", "a-long-password");
    expect(((await (await newcomer.fetch("/api/me")).json()) as { teamIds: string[] }).teamIds).toEqual([teamId]);
    const audit = (await (await sessions.admin.fetch("/api/admin/audit")).json()) as { action: string }[];
    expect(audit.map((entry) => entry.action).slice(0, 2)).toEqual(["user.create", "team.create"]);
  });

  it("answer bad input with the field that is wrong", async () => {
    const response = await sessions.admin.fetch("/api/admin/users", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "ok-name", name: "X", password: "short", role: "boss" }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { details: { path: string }[] } };
    expect(body.error.details.map((detail) => detail.path).sort()).toEqual(["password", "role"]);
  });
});
