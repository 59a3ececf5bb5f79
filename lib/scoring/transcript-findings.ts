import type { TLanguage, TTranscript } from "../transcript/transcript-schema";
import { buildFindings } from "./build-findings";
import type { TLoadedRuleset } from "./load-ruleset";
import { buildTurnText } from "./match/turn-text";
import type { TFinding } from "./report-schema";
import { openingWords } from "./signals-for-turn";
import type { TTurnAnalysis } from "./turn-analysis-schema";

/**
 * Findings about the call as a whole, placed on the first agent turn: the agent never said who
 * they were (under US rules: never gave the debt-collector disclosure while discussing the debt).
 */
export function transcriptFindings(transcript: TTranscript, analyses: readonly TTurnAnalysis[], ruleset: TLoadedRuleset, language: TLanguage): TFinding[] {
  const first = analyses[0];
  if (!first) return [];
  const identified = analyses.some((analysis) => analysis.findings.some((finding) => finding.category === "self_identification" && finding.severity === "positive"));
  const missing =
    transcript.ruleset === "us"
      ? analyses.some((analysis) => analysis.debtMention.mentioned && analysis.listener.isConsumer) && !analyses.some((analysis) => analysis.selfIdentification.debtCollector)
      : !identified;
  if (!missing) return [];
  const text = buildTurnText(transcript.turns[first.turn]!.text, transcript.language);
  return buildFindings(first.turn, [{ kind: "self_identification_missing", evidence: openingWords(text) }], ruleset, language);
}
