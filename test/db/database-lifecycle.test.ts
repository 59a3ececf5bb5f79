import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/open-database";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { seedDemo } from "@/lib/demo/seed-demo";
import { DEMO_ACCOUNTS, DEMO_ASSIGNMENTS } from "@/lib/demo/demo-accounts";
import { importShippedScenarios } from "@/lib/scenario-store/import-shipped-scenarios";
import { getOrCreateSetting } from "@/lib/settings/get-or-create-setting";
import { createTestDatabaseTarget, testDatabaseKind } from "../support/test-database";

// Empty, not a copy of the migrated template: this file checks migrating from nothing.
const target = await createTestDatabaseTarget({ empty: true });
afterAll(() => target.dispose());

describe(`database lifecycle on ${testDatabaseKind()}`, () => {
  it("migrates an empty database, keeps data across a restart, and does not re-seed", async () => {
    const first = await openDatabase(target);
    expect(first.kind).toBe(testDatabaseKind());
    const shipped = await importShippedScenarios(first.prisma);
    expect(shipped.length).toBeGreaterThanOrEqual(12);
    expect(await seedDemo(first.prisma)).toBe(true);
    expect(await first.prisma.assignment.count()).toBe(DEMO_ASSIGNMENTS.length);
    const demoCalls = await first.prisma.practiceCall.count({ where: { status: "ended", report: { isNot: null } } });
    expect(demoCalls).toBeGreaterThanOrEqual(6);
    const team = await first.prisma.team.create({ data: { name: "Restart check" } });
    await first.close();

    const second = await openDatabase(target);
    try {
      expect(await importShippedScenarios(second.prisma)).toEqual([]);
      expect(await seedDemo(second.prisma)).toBe(false);
      expect(await second.prisma.assignment.count()).toBe(DEMO_ASSIGNMENTS.length);
      expect(await second.prisma.practiceCall.count()).toBeGreaterThanOrEqual(6);
      expect(await second.prisma.team.findUnique({ where: { id: team.id } })).toMatchObject({ name: "Restart check" });
      expect(await second.prisma.user.count()).toBe(DEMO_ACCOUNTS.length);
      const migrations = await second.prisma.$queryRaw<{ name: string }[]>`SELECT name FROM parley_migrations`;
      expect(migrations.length).toBeGreaterThan(0);
    } finally {
      await second.close();
    }
  });

  it("applies nothing when every migration is already there", async () => {
    const database = await openDatabase(target);
    try {
      const applied = await applyMigrations("prisma/migrations", {
        kind: "pglite",
        run: (work) => work(async (sql) => database.prisma.$queryRawUnsafe(sql)),
      });
      expect(applied).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it.runIf(testDatabaseKind() === "postgres")("lets instances starting together share one server: one seeds, one secret", async () => {
    const fresh = await createTestDatabaseTarget({ empty: true });
    try {
      const instances = await Promise.all([openDatabase(fresh), openDatabase(fresh), openDatabase(fresh)]);
      const seeded = await Promise.all(instances.map((instance) => seedDemo(instance.prisma)));
      expect(seeded.filter(Boolean)).toHaveLength(1);
      const secrets = await Promise.all(instances.map((instance, index) => getOrCreateSetting(instance.prisma, "race", () => `instance-${index}`)));
      expect(new Set(secrets).size).toBe(1);
      expect(await instances[0]!.prisma.user.count()).toBe(DEMO_ACCOUNTS.length);
      await Promise.all(instances.map((instance) => instance.close()));
    } finally {
      await fresh.dispose();
    }
  });

  it.runIf(testDatabaseKind() === "postgres")("outlives the server ending its connections, in use and while closing", async () => {
    // An unheard pool error becomes an uncaught exception, and Vitest fails the run on those.
    const admin = new pg.Client({ connectionString: target.databaseUrl });
    await admin.connect();
    const endConnections = async () => {
      const { rowCount } = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
      await new Promise((resolve) => setTimeout(resolve, 300));
      return rowCount;
    };
    try {
      const database = await openDatabase(target);
      expect(await database.prisma.user.count()).toBeGreaterThan(0);
      expect(await endConnections()).toBeGreaterThan(0);
      expect(await database.prisma.user.count()).toBeGreaterThan(0);
      await Promise.all([database.prisma.user.count(), database.prisma.team.count(), database.prisma.scenario.count()]);
      await database.close();
      await endConnections();
    } finally {
      await admin.end();
    }
  });
});
