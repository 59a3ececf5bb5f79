import { seedDemo } from "../demo/seed-demo";
import { env } from "../env";
import { importShippedScenarios } from "../scenario-store/import-shipped-scenarios";
import { getDatabase } from "./get-database";

/** Start-up work: open and migrate the database, add new shipped scenarios, seed demo data once. */
export async function prepareDatabase() {
  const database = await getDatabase();
  await importShippedScenarios(database.prisma);
  if (env().PARLEY_SEED_DEMO) await seedDemo(database.prisma);
  return database;
}
