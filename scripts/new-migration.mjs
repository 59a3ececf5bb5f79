#!/usr/bin/env node
// `npm run db:migration -- NAME`: writes prisma/migrations/<timestamp>_NAME/migration.sql with the SQL
// that takes the schema of the latest migration to prisma/schema.prisma. Each migration folder
// keeps the schema it produces (schema.prisma), so the diff needs no database and no download.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- NAME   (lowercase letters, digits and underscores)");
  process.exit(2);
}
const migrations = path.join(root, "prisma", "migrations");
const latest = readdirSync(migrations, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort()
  .at(-1);
const diff = spawnSync(
  process.execPath,
  [
    path.join(root, "scripts", "prisma.mjs"),
    "migrate",
    "diff",
    "--from-schema-datamodel",
    path.join(migrations, latest, "schema.prisma"),
    "--to-schema-datamodel",
    path.join(root, "prisma", "schema.prisma"),
    "--script",
  ],
  { cwd: root, encoding: "utf8" },
);
if (diff.status !== 0) {
  process.stderr.write(diff.stderr);
  process.exit(diff.status ?? 1);
}
if (!/^\s*(CREATE|ALTER|DROP)/m.test(diff.stdout)) {
  console.log("prisma/schema.prisma matches the latest migration: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = path.join(migrations, `${stamp}_${name}`);
mkdirSync(folder);
writeFileSync(path.join(folder, "migration.sql"), diff.stdout);
copyFileSync(path.join(root, "prisma", "schema.prisma"), path.join(folder, "schema.prisma"));
console.log(`wrote ${path.relative(root, folder)}/migration.sql`);
