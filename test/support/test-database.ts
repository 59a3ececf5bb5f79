import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll } from "vitest";
import { openDatabase, type TDatabase } from "@/lib/db/open-database";
import { copyMigratedPglite } from "./pglite-template";

/**
 * A fresh database for one test file: a PGlite folder, or a new database on the PostgreSQL server
 * named by PARLEY_TEST_POSTGRES_URL when the db-postgres project runs. A PGlite folder starts as a
 * copy of one already migrated (pglite-template.ts) unless `empty` is asked for; either way it holds
 * no rows, and opening it applies any migration it lacks.
 */
export type TTestDatabaseTarget = { databaseUrl?: string; dataDir: string; dispose: () => Promise<void> };

export function testDatabaseKind(): "pglite" | "postgres" {
  return process.env.PARLEY_TEST_DB === "postgres" ? "postgres" : "pglite";
}

export async function createTestDatabaseTarget({ empty = false }: { empty?: boolean } = {}): Promise<TTestDatabaseTarget> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "parley-test-db-"));
  const serverUrl = process.env.PARLEY_TEST_POSTGRES_URL;
  if (testDatabaseKind() !== "postgres" || !serverUrl) {
    if (!empty) await copyMigratedPglite(path.join(dataDir, "pglite"));
    return { dataDir: path.join(dataDir, "pglite"), dispose: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const name = `parley_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  return {
    databaseUrl,
    dataDir,
    dispose: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function openTestDatabase(): Promise<TDatabase & { target: TTestDatabaseTarget }> {
  const target = await createTestDatabaseTarget();
  const database = await openDatabase(target);
  return { ...database, target };
}

/** A fresh database for the calling test file, closed and removed once its tests are done. */
export async function databaseForThisFile(): Promise<TDatabase> {
  const database = await openTestDatabase();
  afterAll(async () => {
    await database.close();
    await database.target.dispose();
  });
  return database;
}
