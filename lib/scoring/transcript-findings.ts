import type { TLanguage, TTranscript } from "../transcript/transcript-schema";
import { buildFindings } from "./build-findings";
import { contactLimitSignals } from "./contact-limit-signals";
import type { TLoadedRuleset } from "./load-ruleset";
import { buildTurnText } from "./match/turn-text";
import type { TFinding } from "./report-schema";
import { openingWords } from "./signals-for-turn";
import type { TTurnAnalysis } from "./turn-analysis-schema";

/**
 * Findings about the call as a whole, placed on the first agent turn: a call outside the contact
 * hours or beyond the number of attempts allowed, and an agent who never said who they were (under
 * US rules: never gave the debt-collector disclosure while discussing the debt).
 */
export function transcriptFindings(transcript: TTranscript, analyses: readonly TTurnAnalysis[], ruleset: TLoadedRuleset, language: TLanguage): TFinding[] {
  const first = analyses[0];
  if (!first) return [];
  const opening = openingWords(buildTurnText(transcript.turns[first.turn]!.text, transcript.language));
  const signals = contactLimitSignals(transcript.call, ruleset.contactLimits).map((kind) => ({ kind, evidence: opening }));
  if (missesSelfIdentification(transcript, analyses)) signals.push({ kind: "self_identification_missing", evidence: opening });
  return buildFindings(first.turn, signals, ruleset, language);
}

function missesSelfIdentification(transcript: TTranscript, analyses: readonly TTurnAnalysis[]): boolean {
  const identified = analyses.some((analysis) => analysis.findings.some((finding) => finding.category === "self_identification" && finding.severity === "positive"));
  if (transcript.ruleset !== "us") return !identified;
  const debtDiscussed = analyses.some((analysis) => analysis.debtMention.mentioned && analysis.listener.isConsumer);
  return debtDiscussed && !analyses.some((analysis) => analysis.selfIdentification.debtCollector);
}
