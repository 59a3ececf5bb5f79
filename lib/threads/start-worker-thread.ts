import { Worker } from "node:worker_threads";

/** What a worker entry posts once it has loaded and is ready for work, or why it could not start. */
export type TThreadReady = { ready: true } | { failed: { name: string; message: string } };

/**
 * Starts a worker thread and resolves once its entry says it is ready; rejects with the entry's own
 * reason when it could not start. `bundled` must be written out at the call site as
 * `() => new Worker(new URL("./entry.ts", import.meta.url), …)`: the production build recognises only
 * that literal form and bundles the entry to JavaScript. Run from TypeScript source (tsx, Vitest), Node
 * refuses the .ts entry, so `source` (the same file) is loaded with tsx's loader registered first.
 */
export async function startWorkerThread(bundled: () => Worker, source: URL, workerData?: unknown): Promise<Worker> {
  try {
    return await whenReady(bundled());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ERR_UNKNOWN_FILE_EXTENSION") throw error;
    const load = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(source.href)}); })`;
    return whenReady(new Worker(load, { eval: true, workerData }));
  }
}

function whenReady(worker: Worker): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      worker.off("error", onError);
      worker.off("message", onMessage);
      if (error) {
        void worker.terminate();
        reject(error);
      } else resolve(worker);
    };
    const onError = (error: Error) => settle(error);
    const onMessage = (message: unknown) => {
      if (typeof message !== "object" || message === null) return;
      if ("ready" in message) settle();
      else if ("failed" in message) {
        const { name, message: reason } = (message as { failed: { name: string; message: string } }).failed;
        settle(Object.assign(new Error(reason), { name }));
      }
    };
    worker.once("error", onError);
    worker.on("message", onMessage);
  });
}
