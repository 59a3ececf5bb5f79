// Entry of the worker thread that scores quality-review transcripts (score-off-thread.ts starts it),
// so a long call's scoring never holds up the server's own thread.
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import type { TScoreReport } from "../scoring/report-schema";
import { scoreTranscript } from "../scoring/score-transcript";
import type { TTranscript } from "../transcript/transcript-schema";

const BACKGROUND_NICE = 10;

export type TScoreRequest = { id: number; transcript: TTranscript; fallbackId: string };
export type TScoreAnswer = { ready: true } | { id: number; ok: true; report: TScoreReport } | { id: number; ok: false; message: string };

const answer = (message: TScoreAnswer) => parentPort?.postMessage(message);

// Uploads are scored in the background: on a busy machine the trainees' turns and the health check
// get the CPU first (measured with bench:load --with-upload: turns' p95 while an upload was scored
// fell from 1.5 s to 0.3 s on PGlite). Linux keeps a nice value per thread, addressed by the
// thread's own id, the last part of /proc/thread-self.
try {
  setPriority(Number(readlinkSync("/proc/thread-self").split("/").pop()), BACKGROUND_NICE);
} catch {
  // Not Linux: the thread keeps the process's priority.
}

parentPort?.on("message", ({ id, transcript, fallbackId }: TScoreRequest) => {
  try {
    answer({ id, ok: true, report: scoreTranscript(transcript, { fallbackId }) });
  } catch (error) {
    answer({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
answer({ ready: true });
