import { appendFile, cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MigrationChecksumError, migrationChecksum } from "@/lib/db/apply-migrations";
import { openDatabase } from "@/lib/db/open-database";
import { createTestDatabaseTarget } from "../support/test-database";

const target = await createTestDatabaseTarget();
const migrationsDir = await mkdtemp(path.join(tmpdir(), "parley-migrations-"));
await cp("prisma/migrations", migrationsDir, { recursive: true });
const FIRST = "20261123000000_init";
afterAll(async () => {
  await target.dispose();
  await rm(migrationsDir, { recursive: true, force: true });
});

describe("migration checksums", () => {
  it("records each applied migration's checksum, the one Prisma's _prisma_migrations.checksum would hold", async () => {
    const database = await openDatabase({ ...target, migrationsDir });
    try {
      const rows = await database.prisma.$queryRaw<{ name: string; checksum: string }[]>`SELECT name, checksum FROM parley_migrations ORDER BY name`;
      expect(rows[0]).toEqual({ name: FIRST, checksum: migrationChecksum(await readFile(path.join(migrationsDir, FIRST, "migration.sql"), "utf8")) });
      expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.checksum))).toBe(true);
      // A database from before checksums were kept takes its files' checksums at the next start.
      await database.prisma.$executeRaw`UPDATE parley_migrations SET checksum = NULL`;
    } finally {
      await database.close();
    }
    const again = await openDatabase({ ...target, migrationsDir });
    try {
      const rows = await again.prisma.$queryRaw<{ checksum: string | null }[]>`SELECT checksum FROM parley_migrations`;
      expect(rows.every((row) => row.checksum !== null)).toBe(true);
    } finally {
      await again.close();
    }
  });

  it("refuses to start on a database whose applied migration was edited since, naming the migration", async () => {
    await appendFile(path.join(migrationsDir, FIRST, "migration.sql"), '\nALTER TABLE "Team" ADD COLUMN "sneaky" TEXT;\n');
    const opening = openDatabase({ ...target, migrationsDir });
    await expect(opening).rejects.toBeInstanceOf(MigrationChecksumError);
    await expect(openDatabase({ ...target, migrationsDir })).rejects.toThrow(
      new RegExp(`prisma/migrations/${FIRST}/migration.sql was changed after it was applied to this database.*new migration`),
    );
  });
});
