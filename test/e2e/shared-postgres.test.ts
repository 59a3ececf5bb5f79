import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { createTestDatabaseTarget, type TTestDatabaseTarget } from "../support/test-database";
import { sessionWithCookie, signIn } from "../support/http-session";
import { e2eReady } from "../support/shared-parley";
import { startParley, type TParleyServer } from "../support/start-parley";

const postgresUrl = process.env.PARLEY_TEST_POSTGRES_URL;

describe.runIf(postgresUrl)("several instances on one PostgreSQL server", () => {
  let target: TTestDatabaseTarget;
  let instances: TParleyServer[] = [];

  beforeAll(async () => {
    await e2eReady(); // the production build these instances serve
    process.env.PARLEY_TEST_DB = "postgres";
    target = await createTestDatabaseTarget();
    instances = await Promise.all([1, 2].map(() => startParley({ DATABASE_URL: target.databaseUrl! })));
  });
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await target?.dispose();
  });

  it("share accounts, sessions and data", async () => {
    const [first, second] = instances as [TParleyServer, TParleyServer];
    for (const instance of instances) {
      expect(await (await fetch(`${instance.url}/api/health`)).json()).toEqual({ ok: true, database: "postgres" });
    }
    const admin = await signIn(first.url, "admin", DEMO_PASSWORD);
    const created = await admin.fetch("/api/admin/teams", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "Shared team" }) });
    expect(created.status).toBe(201);

    // The session made on the first instance works on the second.
    const onSecond = sessionWithCookie(second.url, admin.cookie);
    const teams = (await (await onSecond.fetch("/api/admin/teams")).json()) as { name: string }[];
    expect(teams.map((team) => team.name)).toContain("Shared team");
    const users = (await (await onSecond.fetch("/api/admin/users")).json()) as unknown[];
    expect(users.length).toBeGreaterThanOrEqual(6);
  });
});
