import { Worker } from "node:worker_threads";
import { DriverAdapterError, type SqlDriverAdapter, type SqlDriverAdapterFactory, type SqlQuery, type Transaction } from "@prisma/driver-adapter-utils";
import { startWorkerThread } from "../threads/start-worker-thread";
import { MigrationChecksumError } from "./apply-migrations";
import type { TPgliteAnswer, TPgliteRequest, TPgliteThreadData, TThreadError } from "./pglite-worker";

type TRequestBody = TPgliteRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;
type TWaiting = { resolve: (value: never) => void; reject: (error: Error) => void };

const ADAPTER = { provider: "postgres", adapterName: "pglite-prisma-adapter" } as const;

/** The error as Prisma expects it: a driver adapter error rebuilt with its cause, anything else by name and message. */
function rebuild({ name, message, cause }: TThreadError): Error {
  if (name === "DriverAdapterError" && cause) return new DriverAdapterError(cause as ConstructorParameters<typeof DriverAdapterError>[0]);
  if (name === MigrationChecksumError.name) return new MigrationChecksumError(message);
  return Object.assign(new Error(message), { name });
}

/**
 * Opens (and migrates) the embedded database on a thread of its own and answers with a Prisma driver
 * adapter that sends each statement there. The server's thread only posts statements and reads back
 * rows; PostgreSQL's own work happens beside it.
 */
export async function openPgliteThread(data: TPgliteThreadData): Promise<{ adapter: SqlDriverAdapterFactory; close: () => Promise<void> }> {
  const worker = await startWorkerThread(
    () => new Worker(new URL("./pglite-worker.ts", import.meta.url), { workerData: data }),
    new URL("./pglite-worker.ts", import.meta.url),
    data,
  ).catch((error: Error) => {
    throw error.name === "Error" ? error : rebuild(error);
  });
  const waiting = new Map<number, TWaiting>();
  let next = 1;
  let stopped: Error | undefined;
  // An idle database thread does not keep the process alive: a command or a test that is done ends.
  worker.unref();
  worker.on("message", (answer: TPgliteAnswer) => {
    if (!("id" in answer)) return;
    const request = waiting.get(answer.id);
    waiting.delete(answer.id);
    if (waiting.size === 0) worker.unref();
    if (answer.ok) request?.resolve(answer.value as never);
    else request?.reject(rebuild(answer.error));
  });
  const stop = (error: Error) => {
    stopped ??= error;
    for (const request of waiting.values()) request.reject(error);
    waiting.clear();
  };
  worker.on("error", (error) => stop(new Error(`the embedded database's thread failed: ${error.message}`)));
  worker.on("exit", (code) => stop(new Error(`the embedded database's thread stopped (exit code ${code})`)));

  const send = <T>(body: TRequestBody) =>
    new Promise<T>((resolve, reject) => {
      if (stopped) return reject(stopped);
      const id = next++;
      waiting.set(id, { resolve: resolve as (value: never) => void, reject });
      worker.ref();
      worker.postMessage({ ...body, id } as TPgliteRequest);
    });
  const queryable = (transaction?: number) => ({
    ...ADAPTER,
    queryRaw: (query: SqlQuery) => send<Awaited<ReturnType<SqlDriverAdapter["queryRaw"]>>>({ op: "queryRaw", query, transaction }),
    executeRaw: (query: SqlQuery) => send<number>({ op: "executeRaw", query, transaction }),
  });
  const adapter: SqlDriverAdapter = {
    ...queryable(),
    executeScript: (script) => send<void>({ op: "executeScript", script }),
    startTransaction: async (isolationLevel) => {
      const { transaction, options } = await send<{ transaction: number; options: Transaction["options"] }>({ op: "startTransaction", isolationLevel });
      return {
        ...queryable(transaction),
        options,
        commit: () => send<void>({ op: "commit", transaction }),
        rollback: () => send<void>({ op: "rollback", transaction }),
      };
    },
    getConnectionInfo: () => ({ supportsRelationJoins: true }),
    dispose: async () => {},
  };
  return {
    adapter: { ...ADAPTER, connect: async () => adapter },
    close: async () => {
      if (!stopped) await send<void>({ op: "close" });
      stop(new Error("the embedded database is closed"));
      await worker.terminate();
    },
  };
}
