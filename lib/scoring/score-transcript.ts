import { hashText } from "../text/hash-text";
import type { TLanguage, TTranscript } from "../transcript/transcript-schema";
import { analyseTranscript } from "./analyse-transcript";
import { assessCall } from "./assess-call";
import { computeScores } from "./compute-scores";
import { loadRuleset } from "./load-ruleset";
import type { TScoreReport } from "./report-schema";
import { transcriptFindings } from "./transcript-findings";

export type TScoreOptions = {
  /** Language of explanations and suggestions; the transcript's language by default. */
  language?: TLanguage;
  /** Used as transcriptId when the transcript has no id, e.g. the file name. */
  fallbackId?: string;
};

/** Scores a transcript deterministically: the same transcript always gives the same report. */
export function scoreTranscript(transcript: TTranscript, options: TScoreOptions = {}): TScoreReport {
  const ruleset = loadRuleset(transcript.ruleset);
  const language = options.language ?? transcript.language;
  const analyses = analyseTranscript(transcript, { language, ruleset });
  const findings = [...transcriptFindings(transcript, analyses, ruleset, language), ...analyses.flatMap((analysis) => analysis.findings)]
    .map((finding, order) => ({ finding, order }))
    .sort((a, b) => a.finding.turn - b.finding.turn || a.order - b.order)
    .map(({ finding }) => finding);
  const scores = computeScores(findings, analyses);
  return {
    transcriptId: transcript.id ?? options.fallbackId ?? `fnv-${hashText(JSON.stringify(transcript))}`,
    ruleset: transcript.ruleset,
    scores,
    findings,
    result: assessCall(scores, findings),
  };
}
