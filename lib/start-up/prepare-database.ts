import type { PrismaClient } from "../../generated/prisma/client";
import { getDatabase } from "../db/get-database";
import { seedDemo } from "../demo/seed-demo";
import { env } from "../env";
import { importShippedScenarios } from "../scenario-store/import-shipped-scenarios";

export type SeedStartUpDataOptions = { demo: boolean };

/**
 * What every start adds to an opened, migrated database: new shipped scenarios, and the demo data
 * once. lib/db only opens and migrates; this start-up code composes the features on top of it.
 */
export async function seedStartUpData(prisma: PrismaClient, { demo }: SeedStartUpDataOptions) {
  await importShippedScenarios(prisma);
  if (demo) await seedDemo(prisma);
}

/** Start-up work of a server instance: open and migrate the process-wide database, then seed it. */
export async function prepareDatabase() {
  const database = await getDatabase();
  await seedStartUpData(database.prisma, { demo: env().PARLEY_SEED_DEMO });
  return database;
}
