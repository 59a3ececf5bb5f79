import { env } from "../env";
import { openDatabase, type TDatabase } from "./open-database";

// Cached on globalThis so development reloads reuse the one PGlite handle a data folder allows.
const holder = globalThis as typeof globalThis & { parleyDatabase?: Promise<TDatabase> };

/** The process-wide database, opened and migrated on first use. */
export function getDatabase(): Promise<TDatabase> {
  holder.parleyDatabase ??= openDatabase({ databaseUrl: env().DATABASE_URL, dataDir: env().PARLEY_DATA_DIR }).catch((error: unknown) => {
    holder.parleyDatabase = undefined;
    throw error;
  });
  return holder.parleyDatabase;
}

export async function getPrisma() {
  return (await getDatabase()).prisma;
}

export async function closeDatabase() {
  const database = holder.parleyDatabase;
  holder.parleyDatabase = undefined;
  if (database) await (await database).close();
}
