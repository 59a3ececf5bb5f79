import type { TLanguage, TTranscript } from "../transcript/transcript-schema";
import { analyseTranscript } from "./analyse-transcript";
import type { TTurnAnalysis } from "./turn-analysis-schema";

export class TurnAnalysisError extends Error {}

/**
 * Analyses the agent turn at `turnIndex` in the context of the turns before it; the customer
 * persona machines call this on each new agent line. Turns after the index are ignored.
 */
export function analyseTurn(transcript: TTranscript, turnIndex: number, options: { language?: TLanguage } = {}): TTurnAnalysis {
  const turn = transcript.turns[turnIndex];
  if (!turn || turn.speaker !== "agent") throw new TurnAnalysisError(`turns[${turnIndex}] is not an agent turn`);
  const [analysis] = analyseTranscript(transcript, { ...options, only: turnIndex });
  return analysis!;
}
