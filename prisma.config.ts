import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

// The CLI only generates the client and diffs the schema (scripts/new-migration.mjs); an in-memory
// PGlite lets it do so with the WebAssembly schema engine, with no download. Parley applies
// migrations itself at start (lib/db/apply-migrations.ts).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  // pglite-prisma-adapter 0.6 is typed against an older @prisma/driver-adapter-utils with the same contract.
  adapter: async () => new PrismaPGlite(new PGlite()) as unknown as PrismaPg,
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
});
