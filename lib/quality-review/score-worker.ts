// Entry of the worker thread that scores quality-review transcripts (score-off-thread.ts starts it),
// so a long call's scoring never holds up the server's own thread.
import { parentPort } from "node:worker_threads";
import type { TScoreReport } from "../scoring/report-schema";
import { scoreTranscript } from "../scoring/score-transcript";
import type { TTranscript } from "../transcript/transcript-schema";

export type TScoreRequest = { id: number; transcript: TTranscript; fallbackId: string };
export type TScoreAnswer = { ready: true } | { id: number; ok: true; report: TScoreReport } | { id: number; ok: false; message: string };

const answer = (message: TScoreAnswer) => parentPort?.postMessage(message);

parentPort?.on("message", ({ id, transcript, fallbackId }: TScoreRequest) => {
  try {
    answer({ id, ok: true, report: scoreTranscript(transcript, { fallbackId }) });
  } catch (error) {
    answer({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
answer({ ready: true });
