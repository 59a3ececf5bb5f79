import type { TLanguage, TTranscript } from "../transcript/transcript-schema";
import { analyseAgentTurn } from "./analyse-agent-turn";
import { advanceCallContext, createCallContext } from "./call-context";
import { detectSelfIdentification } from "./detect-self-identification";
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
      let self: TTurnAnalysis["selfIdentification"] | undefined;
      let analysis: TTurnAnalysis | undefined;
      if (options.only === undefined || options.only === index) {
        analysis = analyseAgentTurn(index, text, context, { ruleset, reportLanguage });
        analyses.push(analysis);
        self = analysis.selfIdentification;
        // (Only when every turn is analysed: a single turn read live does not pay to reread the call's offers.)
        for (const option of analysis.optionsOffered) if (!context.optionKinds.includes(option.kind)) context.optionKinds.push(option.kind);
      } else if (!context.creditorNamed) self = detectSelfIdentification(text, context.facts?.agency);
      if (self?.name) context.selfNamed = true;
      if (self?.creditor) context.creditorNamed = true;
      advanceCallContext(context, turn, text, analysis);
    } else advanceCallContext(context, turn);
  }
  return analyses;
}
