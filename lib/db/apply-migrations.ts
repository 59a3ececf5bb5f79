import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

type Query = (sql: string) => Promise<unknown[]>;

export type MigrationTarget = {
  kind: "pglite" | "postgres";
  /** Runs work on one connection, so the advisory lock and the migrations share a session. */
  run: <T>(work: (query: Query) => Promise<T>) => Promise<T>;
};

/** An applied migration whose file changed since: the database may not be what the files describe. */
export class MigrationChecksumError extends Error {
  override name = "MigrationChecksumError";
}

// Any constant works; it only has to be the same in every Parley instance.
const MIGRATION_LOCK_KEY = 7_253_901;

/** What Prisma's own _prisma_migrations.checksum holds: the SHA-256 of migration.sql, in hex. */
export const migrationChecksum = (sql: string) => createHash("sha256").update(sql).digest("hex");

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * Applies prisma/migrations/<name>/migration.sql files not yet applied, in name order, each in its
 * own transaction, and records each one's checksum. An applied migration whose file no longer has
 * that checksum is refused before anything is applied: an applied migration is history, and a change
 * belongs in a new one. (A database from before checksums were kept takes its files' checksums once.)
 * Instances starting together on one PostgreSQL server wait on an advisory lock, so exactly one
 * applies each migration.
 */
export async function applyMigrations(migrationsDir: string, target: MigrationTarget): Promise<string[]> {
  const names = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const files = new Map<string, string>();
  for (const name of names) files.set(name, await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8"));
  return target.run(async (query) => {
    const locked = target.kind === "postgres";
    if (locked) await query(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    try {
      await query(`CREATE TABLE IF NOT EXISTS parley_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
      await query(`ALTER TABLE parley_migrations ADD COLUMN IF NOT EXISTS checksum text`);
      const rows = (await query(`SELECT name, checksum FROM parley_migrations`)) as { name: string; checksum: string | null }[];
      const applied = new Map(rows.map((row) => [row.name, row.checksum]));
      for (const [name, recorded] of applied) {
        const sql = files.get(name);
        if (sql === undefined) continue;
        const checksum = migrationChecksum(sql);
        if (recorded === null) await query(`UPDATE parley_migrations SET checksum = ${quote(checksum)} WHERE name = ${quote(name)}`);
        else if (recorded !== checksum) {
          throw new MigrationChecksumError(
            `prisma/migrations/${name}/migration.sql was changed after it was applied to this database (checksum ${recorded.slice(0, 12)}… applied, ${checksum.slice(0, 12)}… now). Restore the file as it was and put the change in a new migration (npm run db:migration -- NAME).`,
          );
        }
      }
      const pending = names.filter((name) => !applied.has(name));
      for (const name of pending) {
        const sql = files.get(name)!;
        await query(`BEGIN;\n${sql}\n;INSERT INTO parley_migrations (name, checksum) VALUES (${quote(name)}, ${quote(migrationChecksum(sql))});\nCOMMIT;`);
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
