// Vitest global setup of the database tests: the migrated PGlite template is made once, before the
// test files copy it in parallel (pglite-template.ts).
import { migratedPgliteTemplate } from "./pglite-template";

export default async function setup() {
  await migratedPgliteTemplate();
}
