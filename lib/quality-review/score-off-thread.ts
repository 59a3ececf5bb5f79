import { Worker } from "node:worker_threads";
import type { TScoreReport } from "../scoring/report-schema";
import type { TTranscript } from "../transcript/transcript-schema";
import { startWorkerThread } from "../threads/start-worker-thread";
import type { TScoreAnswer, TScoreRequest } from "./score-worker";

/** The scoring thread died (out of memory, killed) while it held a transcript: not the transcript's fault. */
export class ScoringThreadStopped extends Error {}

type TPending = { resolve: (report: TScoreReport) => void; reject: (error: Error) => void };
type TThread = { worker: Worker; pending: Map<number, TPending>; next: number };

// One scoring thread per process, started on first use and kept, so the rule sets and the lexicon
// load once. Cached on globalThis so development reloads do not start another.
const holder = globalThis as typeof globalThis & { parleyScoringThread?: Promise<TThread> };

/**
 * Scores a transcript on a worker thread: the same report as scoreTranscript, while the calling
 * thread goes on answering requests. A scorer error rejects with its message; a thread that dies
 * rejects every transcript it held, and the next call starts a new one.
 */
export async function scoreOffThread(transcript: TTranscript, fallbackId: string): Promise<TScoreReport> {
  if (!holder.parleyScoringThread) {
    const started: Promise<TThread> = startThread(() => started).catch((error: unknown) => {
      holder.parleyScoringThread = undefined;
      throw error;
    });
    holder.parleyScoringThread = started;
  }
  const thread = await holder.parleyScoringThread;
  const id = thread.next++;
  thread.worker.ref();
  try {
    return await new Promise<TScoreReport>((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.worker.postMessage({ id, transcript, fallbackId } satisfies TScoreRequest);
    });
  } finally {
    // An idle thread does not keep the process alive (a command, a test run ends without stopping it).
    if (thread.pending.size === 0) thread.worker.unref();
  }
}

/** Stops the scoring thread (tests, shutdown); the next scoreOffThread starts a fresh one. */
export async function stopScoringThread() {
  const thread = holder.parleyScoringThread;
  holder.parleyScoringThread = undefined;
  if (thread) await (await thread).worker.terminate();
}

async function startThread(self: () => Promise<TThread>): Promise<TThread> {
  // Not the transcript's fault either: the job goes back to the queue, as when a thread dies.
  const worker = await startWorkerThread(() => new Worker(new URL("./score-worker.ts", import.meta.url)), new URL("./score-worker.ts", import.meta.url)).catch((error: Error) => {
    throw new ScoringThreadStopped(`the scoring thread could not start: ${error.message}`);
  });
  const thread: TThread = { worker, pending: new Map(), next: 1 };
  worker.unref();
  worker.on("message", (answer: TScoreAnswer) => {
    if ("ready" in answer) return;
    const waiting = thread.pending.get(answer.id);
    thread.pending.delete(answer.id);
    if (answer.ok) waiting?.resolve(answer.report);
    else waiting?.reject(new Error(answer.message));
  });
  const fail = (error: Error) => {
    // Forget this thread (unless a newer one already replaced it): the next transcript starts another.
    if (holder.parleyScoringThread === self()) holder.parleyScoringThread = undefined;
    for (const waiting of thread.pending.values()) waiting.reject(error);
    thread.pending.clear();
  };
  worker.on("error", (error) => fail(new ScoringThreadStopped(`the scoring thread failed: ${error.message}`)));
  worker.on("exit", (code) => fail(new ScoringThreadStopped(`the scoring thread stopped (exit code ${code})`)));
  return thread;
}
