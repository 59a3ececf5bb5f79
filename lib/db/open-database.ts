import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../generated/prisma/client";
import { applyMigrations } from "./apply-migrations";
import { openPgliteThread } from "./pglite-thread";

export type TDatabaseKind = "pglite" | "postgres";

export type TDatabase = {
  kind: TDatabaseKind;
  prisma: PrismaClient;
  close: () => Promise<void>;
};

export type OpenDatabaseOptions = {
  /** A PostgreSQL server; when absent, the embedded PGlite database in dataDir. */
  databaseUrl?: string;
  dataDir: string;
  migrationsDir?: string;
};

/** The one place that knows which driver adapter serves the database; callers only see Prisma. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<TDatabase> {
  const migrationsDir = options.migrationsDir ?? path.join(process.cwd(), "prisma", "migrations");
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    let closing = false;
    // The server may end an idle connection (a restart, an administrator, a dropped database). Without
    // a listener the pool rethrows that and takes the whole process down; it reconnects on next use.
    pool.on("error", (error) => {
      if (!closing) console.warn(`PostgreSQL ended an idle connection: ${error.message}`);
    });
    // A refused migration (e.g. an applied one edited since) leaves no pool open behind the error.
    await applyMigrations(migrationsDir, {
      kind: "postgres",
      run: async (work) => {
        const client = await pool.connect();
        try {
          return await work((sql) => client.query(sql).then((result) => (Array.isArray(result) ? result.at(-1)! : result).rows));
        } finally {
          client.release();
        }
      },
    }).catch(async (error: unknown) => {
      closing = true;
      await pool.end();
      throw error;
    });
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    return {
      kind: "postgres",
      prisma,
      close: async () => {
        closing = true;
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  const pglite = await openPgliteThread({ dataDir: options.dataDir, migrationsDir });
  const prisma = new PrismaClient({ adapter: pglite.adapter });
  return {
    kind: "pglite",
    prisma,
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
