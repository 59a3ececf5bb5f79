// Entry of the thread that holds the embedded database (pglite-thread.ts starts it): PostgreSQL's
// WebAssembly and PGlite's protocol work run beside the server's own thread, not on it, so a burst
// of turns or a long report being stored does not hold up every other request.
import { mkdir } from "node:fs/promises";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import type { IsolationLevel, SqlDriverAdapter, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { TThreadReady } from "../threads/start-worker-thread";
import { applyMigrations } from "./apply-migrations";

export type TPgliteThreadData = { dataDir: string; migrationsDir: string };

export type TPgliteRequest = { id: number } & (
  | { op: "queryRaw" | "executeRaw"; query: SqlQuery; transaction?: number }
  | { op: "executeScript"; script: string }
  | { op: "startTransaction"; isolationLevel?: IsolationLevel }
  | { op: "commit" | "rollback"; transaction: number }
  | { op: "close" }
);

/** An error as it crosses the thread: a driver adapter error keeps its `cause`, which Prisma maps to its own errors. */
export type TThreadError = { name: string; message: string; cause?: unknown };

export type TPgliteAnswer = TThreadReady | { id: number; ok: true; value: unknown } | { id: number; ok: false; error: TThreadError };

const post = (answer: TPgliteAnswer) => parentPort!.postMessage(answer);
const describe = (error: unknown): TThreadError =>
  error instanceof Error
    ? { name: error.name, message: error.message, ...(error.name === "DriverAdapterError" ? { cause: error.cause } : {}) }
    : { name: "Error", message: String(error) };

async function open({ dataDir, migrationsDir }: TPgliteThreadData) {
  await mkdir(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir);
  await applyMigrations(migrationsDir, {
    kind: "pglite",
    run: (work) => work(async (sql) => (await pglite.exec(sql)).at(-1)?.rows ?? []),
  }).catch(async (error: unknown) => {
    // The data folder opens in one process at a time: a refused start must not keep it.
    await pglite.close();
    throw error;
  });
  // pglite-prisma-adapter 0.6 is typed against an older @prisma/driver-adapter-utils with the same contract.
  const adapter = (await new PrismaPGlite(pglite).connect()) as unknown as SqlDriverAdapter;
  return { pglite, adapter };
}

try {
  const { pglite, adapter } = await open(workerData as TPgliteThreadData);
  const transactions = new Map<number, Transaction>();
  let nextTransaction = 1;
  const on = (transaction: number | undefined) => {
    if (transaction === undefined) return adapter;
    const open = transactions.get(transaction);
    if (!open) throw new Error(`No open transaction ${transaction} on the database thread.`);
    return open;
  };
  const perform = async (request: TPgliteRequest): Promise<unknown> => {
    switch (request.op) {
      case "queryRaw":
        return on(request.transaction).queryRaw(request.query);
      case "executeRaw":
        return on(request.transaction).executeRaw(request.query);
      case "executeScript":
        return adapter.executeScript(request.script);
      case "startTransaction": {
        const transaction = await adapter.startTransaction(request.isolationLevel);
        const id = nextTransaction++;
        transactions.set(id, transaction);
        return { transaction: id, options: transaction.options };
      }
      case "commit":
      case "rollback": {
        const transaction = on(request.transaction) as Transaction;
        transactions.delete(request.transaction);
        return request.op === "commit" ? transaction.commit() : transaction.rollback();
      }
      case "close":
        return pglite.close();
    }
  };
  // Requests are served as they come, not one after another: PGlite itself queues statements and
  // holds the others back while a transaction is open, exactly as on the server's own thread.
  parentPort!.on("message", (request: TPgliteRequest) => {
    perform(request).then(
      (value) => post({ id: request.id, ok: true, value }),
      (error: unknown) => post({ id: request.id, ok: false, error: describe(error) }),
    );
  });
  post({ ready: true });
} catch (error) {
  post({ failed: describe(error) });
}
