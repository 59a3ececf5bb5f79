import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROUTE_ACCESS } from "@/lib/auth/access-policy";
import type { TRole } from "@/lib/auth/roles";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { listAppRoutes } from "../support/app-routes";
import { signIn, type THttpSession } from "../support/http-session";
import { e2eReady } from "../support/shared-parley";
import { startParley, type TParleyServer } from "../support/start-parley";

/**
 * Issue 10: random and hostile bodies and ids sent to every POST route by a role allowed to use it.
 * No answer is a 500, and each one comes back in bounded time.
 */
const ANSWER_MS = 10_000;
let server: TParleyServer;
const sessions = {} as Record<TRole, THttpSession>;
let callId: string;

// A server of its own, on the shared build: these tests lock accounts and flood routes on purpose.
// It starts on a copy of the data a first start makes (migrated, demo data), not on nothing.
const { startUpDataDir } = await e2eReady();

beforeAll(async () => {
  server = await startParley({}, { from: startUpDataDir });
  for (const role of ["trainee", "trainer", "supervisor", "admin"] as const) {
    sessions[role] = await signIn(server.url, DEMO_ACCOUNTS.find((account) => account.role === role)!.username, DEMO_PASSWORD);
  }
  const started = await sessions.trainee.fetch("/api/trainee/calls", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ scenarioId: "zh-timid-says-yes" }),
  });
  callId = ((await started.json()) as { callId: string }).callId;
});
afterAll(() => server?.stop());

const hostileId = fc.oneof(
  fc.constantFrom("%00", "%E0%A4%A", "%", "..%2F..%2Fetc", "2147483648", "-1", "1e400", "%F0%9F%98%80", "a".repeat(500)),
  fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 20 }).map(encodeURIComponent),
);
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom("\u0000", "x\u0000y", 2147483648, -1, 1e308, "", " ", "zh-timid-says-yes", "a: &a [*a]", "<script>", null),
);
const body = fc
  .oneof(
    fc.dictionary(
      fc.constantFrom(
        "text",
        "revision",
        "turn",
        "source",
        "script",
        "lines",
        "scenarioId",
        "assignmentId",
        "username",
        "name",
        "password",
        "role",
        "teamIds",
        "userId",
        "fileName",
        "dueAt",
        "traineeIds",
      ),
      hostileValue,
    ),
    hostileValue,
  )
  .map((value) => JSON.stringify(value));

const postRoutes = listAppRoutes().filter((route) => route.kind === "api" && route.methods.includes("POST") && route.pattern !== "/api/supervisor/quality");

function concrete(pattern: string, id: string) {
  if (pattern === "/api/auth/[...all]") return "/api/auth/sign-in/username";
  return pattern.replace("[callId]", id === "own" ? callId : id).replace(/\[[a-zA-Z]+\]/g, id === "own" ? "zh-timid-says-yes" : id);
}

describe("every POST route, fuzzed", () => {
  it.each(postRoutes.map((route) => [route.pattern]))("%s answers without a 500", async (pattern) => {
    const access = ROUTE_ACCESS[pattern as keyof typeof ROUTE_ACCESS];
    const role: TRole = access === "public" || access === "signed-in" ? "trainee" : access[0]!;
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constant("own"), hostileId), body, async (id, text) => {
        const started = performance.now();
        const response = await sessions[role].fetch(concrete(pattern, id), { method: "POST", headers: { "content-type": "application/json" }, body: text });
        await response.arrayBuffer();
        if (response.status >= 500) failures.push(`${response.status} ${concrete(pattern, id)} ${text.slice(0, 4000)}`);
        expect(performance.now() - started).toBeLessThan(ANSWER_MS);
      }),
      { numRuns: 12 },
    );
    expect(failures).toEqual([]);
  });

  const getRoutes = listAppRoutes().filter((route) => route.methods.includes("GET") && route.pattern !== "/api/auth/[...all]");
  const query = fc.dictionary(
    fc.constantFrom("page", "from", "to", "teamId", "traineeId", "scenarioId", "language", "archetype", "difficulty", "x"),
    fc.oneof(fc.constantFrom("2147483648", "-1", "1e400", "NaN", "\u0000", "x\u0000", "2026-13-45", "'; DROP TABLE x; --"), fc.string({ maxLength: 12 })),
  );

  it("every page and GET route answers hostile ids and query strings without a 500", async () => {
    const failures: string[] = [];
    for (const route of getRoutes) {
      const access = ROUTE_ACCESS[route.pattern as keyof typeof ROUTE_ACCESS];
      const role: TRole = access === "public" || access === "signed-in" ? "trainee" : access[0]!;
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.constant("own"), hostileId), query, async (id, params) => {
          const path = `${concrete(route.pattern, id)}?${new URLSearchParams(params).toString()}`;
          const response = await sessions[role].fetch(path);
          await response.arrayBuffer();
          if (response.status >= 500) failures.push(`${response.status} ${role} ${path}`);
        }),
        { numRuns: 6 },
      );
    }
    expect(failures).toEqual([]);
  });

  it("a request sent while the server stands still is answered when it runs again, not dropped with its connection", async () => {
    // A busy machine can stall the server longer than Node's default 5 s keep-alive; its timer then
    // fired before it read the request already sent on the idle connection, and the client saw
    // `write EPIPE` or `ECONNRESET` (scripts/serve-options.mjs, test/support/http-client-setup.ts).
    await (await sessions.supervisor.fetch("/api/me")).arrayBuffer();
    process.kill(server.pid, "SIGSTOP");
    try {
      const form = new FormData();
      form.set("teamId", "no-such-team");
      const answer = sessions.supervisor.fetch("/api/supervisor/quality", { method: "POST", body: form });
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      process.kill(server.pid, "SIGCONT");
      expect((await answer).status).toBe(403);
    } finally {
      process.kill(server.pid, "SIGCONT");
    }
  });

  it("the quality-review upload answers hostile forms and files without a 500", async () => {
    const teamId = ((await (await sessions.supervisor.fetch("/api/me")).json()) as { teamIds: string[] }).teamIds[0]!;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constant(teamId), fc.string({ maxLength: 20 })),
        fc.array(fc.oneof(body, fc.string({ unit: "binary", maxLength: 300 })), { maxLength: 3 }),
        async (team, files) => {
          const form = new FormData();
          form.set("teamId", team);
          files.forEach((text, index) => form.append("files", new File([text], `f${index}.json`)));
          const response = await sessions.supervisor.fetch("/api/supervisor/quality", { method: "POST", body: form });
          await response.arrayBuffer();
          expect(response.status).toBeLessThan(500);
        },
      ),
      { numRuns: 8 },
    );
  });
});
