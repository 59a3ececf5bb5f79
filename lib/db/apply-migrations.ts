import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

type Query = (sql: string) => Promise<unknown[]>;

export type MigrationTarget = {
  kind: "pglite" | "postgres";
  /** Runs work on one connection, so the advisory lock and the migrations share a session. */
  run: <T>(work: (query: Query) => Promise<T>) => Promise<T>;
};

// Any constant works; it only has to be the same in every Parley instance.
const MIGRATION_LOCK_KEY = 7_253_901;

/**
 * Applies prisma/migrations/<name>/migration.sql files not yet applied, in name order, each in its
 * own transaction. Instances starting together on one PostgreSQL server wait on an advisory lock,
 * so exactly one applies each migration.
 */
export async function applyMigrations(migrationsDir: string, target: MigrationTarget): Promise<string[]> {
  const names = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return target.run(async (query) => {
    const locked = target.kind === "postgres";
    if (locked) await query(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    try {
      await query(`CREATE TABLE IF NOT EXISTS parley_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
      const rows = (await query(`SELECT name FROM parley_migrations`)) as { name: string }[];
      const applied = new Set(rows.map((row) => row.name));
      const pending = names.filter((name) => !applied.has(name));
      for (const name of pending) {
        const sql = await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8");
        await query(`BEGIN;\n${sql}\n;INSERT INTO parley_migrations (name) VALUES ('${name.replaceAll("'", "''")}');\nCOMMIT;`);
      }
      return pending;
    } catch (error) {
      await query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      if (locked) await query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
    }
  });
}
