import type { TLanguage, TTranscript } from "../transcript/transcript-schema";
import { analyseAgentTurn } from "./analyse-agent-turn";
import { advanceCallContext, createCallContext } from "./call-context";
import { loadRuleset, type TLoadedRuleset } from "./load-ruleset";
import { buildTurnText } from "./match/turn-text";
import type { TTurnAnalysis } from "./turn-analysis-schema";

export type TAnalyseTranscriptOptions = {
  /** Language of explanations and summaries; the transcript's language by default. */
  language?: TLanguage;
  /** Analyse only this agent turn, still reading the call before it. */
  only?: number;
  ruleset?: TLoadedRuleset;
};

/** Analyses every agent turn in one pass over the call; linear in the number of turns. */
export function analyseTranscript(transcript: TTranscript, options: TAnalyseTranscriptOptions = {}): TTurnAnalysis[] {
  const ruleset = options.ruleset ?? loadRuleset(transcript.ruleset);
  const reportLanguage = options.language ?? transcript.language;
  const context = createCallContext(transcript.language, transcript.ruleset, transcript.case);
  const end = options.only !== undefined ? Math.min(options.only + 1, transcript.turns.length) : transcript.turns.length;
  const analyses: TTurnAnalysis[] = [];
  for (let index = 0; index < end; index++) {
    const turn = transcript.turns[index]!;
    if (turn.speaker === "agent") {
      const text = buildTurnText(turn.text, transcript.language);
      if (options.only === undefined || options.only === index) analyses.push(analyseAgentTurn(index, text, context, { ruleset, reportLanguage }));
      advanceCallContext(context, turn, text);
    } else advanceCallContext(context, turn);
  }
  return analyses;
}
