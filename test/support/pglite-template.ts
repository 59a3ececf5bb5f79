import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { cp, mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { openDatabase } from "@/lib/db/open-database";

/**
 * A PGlite data folder with every migration applied, made once and copied for each test database:
 * creating a PGlite folder and migrating it takes seconds, a copy a fraction of one. It is kept in
 * node_modules/.cache under a hash of what makes it (the migrations, the code that applies them and
 * the PGlite version), so a changed migration makes a new one. A test that needs an empty database
 * (database-lifecycle.test.ts: migrating from nothing) asks for one.
 */
const root = path.resolve(import.meta.dirname, "..", "..");
const cacheDir = path.join(root, "node_modules", ".cache", "parley-test-pglite");
const migrationsDir = path.join(root, "prisma", "migrations");

function templateKey(): string {
  const hash = createHash("sha256");
  for (const name of readdirSync(migrationsDir).sort()) {
    const file = path.join(migrationsDir, name, "migration.sql");
    if (existsSync(file)) hash.update(`${name}\0`).update(readFileSync(file)).update("\0");
  }
  for (const file of ["lib/db/open-database.ts", "lib/db/apply-migrations.ts", "node_modules/@electric-sql/pglite/package.json"]) {
    hash
      .update(`${file}\0`)
      .update(readFileSync(path.join(root, file)))
      .update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

let made: Promise<string> | undefined;

/** The migrated template folder, made on first use (each process checks the cache on disk). */
export function migratedPgliteTemplate(): Promise<string> {
  made ??= (async () => {
    const key = templateKey();
    const dir = path.join(cacheDir, key);
    if (existsSync(path.join(dir, "complete"))) return path.join(dir, "pglite");
    await mkdir(cacheDir, { recursive: true });
    const building = `${dir}.${process.pid}.${Date.now()}`;
    const database = await openDatabase({ dataDir: path.join(building, "pglite"), migrationsDir });
    await database.close();
    await writeFile(path.join(building, "complete"), `${new Date().toISOString()}\n`);
    // Another process may have made the same template meanwhile: either copy serves.
    await rename(building, dir).catch(() => rm(building, { recursive: true, force: true }));
    // Templates of older migrations are of no further use.
    for (const entry of readdirSync(cacheDir)) {
      if (entry !== key && !entry.includes(".")) await rm(path.join(cacheDir, entry), { recursive: true, force: true }).catch(() => undefined);
    }
    return path.join(dir, "pglite");
  })();
  return made;
}

/** Copies the migrated template into dataDir (which must not exist yet). */
export async function copyMigratedPglite(dataDir: string): Promise<void> {
  await cp(await migratedPgliteTemplate(), dataDir, { recursive: true });
}
