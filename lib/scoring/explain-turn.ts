import { getLexicon } from "../lexicon/load-lexicon";
import { createCallContext } from "./call-context";
import type { TLearnedCategory } from "./learned/learned-reader-schema";
import { evidenceOf, heaviestFeatures, learnedProbabilities, learnedReader } from "./learned/read-learned";
import type { TLanguage, TRulesetId } from "../transcript/transcript-schema";
import { findHits } from "./match/find-hits";
import { isNegated } from "./match/is-negated";
import { explainsTheLaw, isConditional, isHedged, isImminent, reportsOthers } from "./match/sentence-markers";
import { buildTurnText, quoteOf } from "./match/turn-text";
import type { TFinding } from "./report-schema";
import { scoreTranscript } from "./score-transcript";

export type TExplainOptions = { language?: TLanguage; ruleset?: TRulesetId };

/** One pattern's hit: the words it matched and the context marks the detectors weigh. */
export type TPatternHit = { pattern: string; file: string; words: string; marks: string[] };
/** The learned reader's view of a category it leans towards: how sure, the words that weighed most, the clause it would quote. */
export type TLearnedLean = { category: TLearnedCategory; probability: number; threshold: number; words: string[]; evidence: string };
export type TTurnExplanation = { language: TLanguage; ruleset: TRulesetId; hits: TPatternHit[]; learned: TLearnedLean[]; findings: TFinding[] };

/** Leanings below this are not worth a line. */
const SHOWN_LEANING = 0.3;

const MARKS: [string, (text: ReturnType<typeof buildTurnText>, hit: ReturnType<typeof findHits>[number]) => boolean][] = [
  ["negated", isNegated],
  ["hedged", isHedged],
  ["explains the law", explainsTheLaw],
  ["reports what others say", reportsOthers],
  ["conditional", isConditional],
  ["imminent", isImminent],
];

/**
 * Why the scorer reads an agent's line as it does: every lexicon pattern that fired, on which words,
 * with the context marks (negation, hedging, quoting others…) that can suppress or change a hit,
 * what the learned reader leans towards and on which words, then the findings the line gets when
 * said first in a call.
 */
export function explainTurn(line: string, options: TExplainOptions = {}): TTurnExplanation {
  const language = options.language ?? (/[\u3400-\u9fff]/.test(line) ? "zh-CN" : "en");
  const ruleset = options.ruleset ?? (language === "zh-CN" ? "cn" : "us");
  const text = buildTurnText(line, language);
  const lexicon = getLexicon();
  const hits: TPatternHit[] = [];
  for (const [id, regex] of lexicon.patterns) {
    for (const hit of findHits(text, regex)) {
      hits.push({
        pattern: id,
        file: `lexicon/patterns/${lexicon.entries.get(id)!.file}`,
        words: quoteOf(text, hit.start, hit.end),
        marks: MARKS.filter(([, applies]) => applies(text, hit)).map(([mark]) => mark),
      });
    }
  }
  const context = createCallContext(language, ruleset, undefined);
  const { threshold } = learnedReader().file;
  const learned = learnedProbabilities(text, context)
    .filter((reading) => reading.probability >= SHOWN_LEANING)
    .map((reading) => ({ ...reading, threshold, words: heaviestFeatures(text, context, reading.category), evidence: evidenceOf(text, reading.category) }));
  const findings = scoreTranscript({ language, ruleset, turns: [{ speaker: "agent", text: line }] }).findings;
  return { language, ruleset, hits, learned, findings };
}

export function formatExplanation(explanation: TTurnExplanation): string {
  const lines = [`language ${explanation.language}, rule set ${explanation.ruleset}`, "", "patterns that fired:"];
  if (explanation.hits.length === 0) lines.push("  (none)");
  for (const hit of explanation.hits) {
    lines.push(`  ${hit.pattern.padEnd(32)} «${hit.words}»${hit.marks.length ? `  [${hit.marks.join(", ")}]` : ""}   (${hit.file})`);
  }
  lines.push(
    "",
    "learned reader (lexicon/learned-reader.json), the line said first in a call to someone not yet identified;",
    "it adds a finding only where the patterns found nothing of the category and the rules' own reading allows (see findings):",
  );
  if (explanation.learned.length === 0) lines.push("  (leans towards nothing)");
  for (const lean of explanation.learned) {
    const verdict = lean.probability >= lean.threshold ? "over its threshold" : "below its threshold";
    lines.push(`  ${lean.category.padEnd(24)} ${lean.probability.toFixed(2)} ${verdict.padEnd(20)} words: ${lean.words.join(", ")}   «${lean.evidence}»`);
  }
  lines.push("", "findings:");
  if (explanation.findings.length === 0) lines.push("  (none)");
  for (const finding of explanation.findings) lines.push(`  ${finding.severity.padEnd(8)} ${finding.category.padEnd(24)} ${finding.ruleId.padEnd(20)} «${finding.evidence}»`);
  return `${lines.join("\n")}\n`;
}
