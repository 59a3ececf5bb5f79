import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { isHanCode, quoteOf, type TSpan, type TTurnText } from "../match/turn-text";
import { weightTables, textFeatures, turnFeatures, weighTurn, type TLearnedContext, type TWeightTables } from "./learned-features";
import { LEARNED_CATEGORIES, ZLearnedReader, type TLearnedCategory, type TLearnedReader } from "./learned-reader-schema";

/** A category the learned reader sees in a turn, and how sure it is. */
export type TLearnedReading = { category: TLearnedCategory; probability: number };

export const LEARNED_READER_FILE = () => path.join(process.cwd(), "lexicon", "learned-reader.json");

/** The reader as loaded: each feature's weights for every category at once, so a feature is looked up once. */
type TLoadedReader = { file: TLearnedReader; bias: Float64Array; tables: TWeightTables };

let loaded: TLoadedReader | undefined;

export function learnedReader(): TLoadedReader {
  loaded ??= readLearnedReaderFile(LEARNED_READER_FILE());
  return loaded;
}

/** A reader file, validated: a broken one is refused with its name and what is wrong in it. */
export function readLearnedReaderFile(file: string): TLoadedReader {
  const name = path.relative(process.cwd(), file);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${name}: ${(error as Error).message}`);
  }
  const parsed = ZLearnedReader.safeParse(data);
  if (!parsed.success) throw new Error(`${name}: ${z.prettifyError(parsed.error)}`);
  return indexReader(parsed.data);
}

function indexReader(file: TLearnedReader): TLoadedReader {
  const byFeature = new Map<string, Float64Array>();
  LEARNED_CATEGORIES.forEach((category, at) => {
    for (const [feature, weight] of Object.entries(file.categories[category].weights)) {
      const weights = byFeature.get(feature) ?? new Float64Array(LEARNED_CATEGORIES.length);
      weights[at] = weight;
      byFeature.set(feature, weights);
    }
  });
  const tables = weightTables(byFeature, LEARNED_CATEGORIES.length);
  return { file, bias: Float64Array.from(LEARNED_CATEGORIES, (category) => file.categories[category].bias), tables };
}

const sigmoid = (value: number) => 1 / (1 + Math.exp(-value));

/** How sure the learned reader is of each category in a turn; nothing, in a line too short to read. */
export function learnedProbabilities(text: TTurnText, context: TLearnedContext, reader = learnedReader()): TLearnedReading[] {
  if (wordCount(text.norm) < FEWEST_WORDS) return [];
  const sums = new Float64Array(LEARNED_CATEGORIES.length);
  weighTurn(text.norm, context, reader.tables, sums);
  return LEARNED_CATEGORIES.map((category, at) => ({ category, probability: sigmoid(reader.bias[at]! + sums[at]!) }));
}

/**
 * Reads a turn with weights learned from the labelled development calls: a second reading that
 * knows wordings no pattern lists. Deterministic; returns only categories at or above the
 * reader's threshold.
 */
export function readLearned(text: TTurnText, context: TLearnedContext, reader = learnedReader()): TLearnedReading[] {
  return learnedProbabilities(text, context, reader).filter((reading) => reading.probability >= reader.file.threshold);
}

/** The clause a finding of the category quotes: the one whose own words weigh most towards it. */
export function evidenceOf(text: TTurnText, category: TLearnedCategory, reader = learnedReader()): string {
  const clause = strongestClause(text, reader.file.categories[category].weights);
  return quoteOf(text, clause.start, clause.end).trim();
}

/**
 * The features that pushed hardest towards the category, for --explain: the turn's own words, and
 * where it was said (who listens, the rule set, a stop or adapt moment) when that weighed too.
 */
export function heaviestFeatures(text: TTurnText, context: TLearnedContext, category: TLearnedCategory, reader = learnedReader()): string[] {
  const weights = reader.file.categories[category].weights;
  return [...turnFeatures(text.norm, context)]
    .filter((feature) => (weights[feature] ?? 0) > 0)
    .sort((a, b) => weights[b]! - weights[a]! || (a < b ? -1 : 1))
    .slice(0, SHOWN_FEATURES)
    .map((feature) => feature.replace(/^[wb]:/, "").replace("_", " "));
}

/** The clause (sentence, in English) whose own words weigh most towards the category: the finding quotes it whole. */
function strongestClause(text: TTurnText, weights: Record<string, number>): TSpan {
  let best = { score: Number.NEGATIVE_INFINITY, span: { start: 0, end: text.norm.length } };
  for (const span of text.clauses) {
    let score = 0;
    for (const feature of new Set(textFeatures(text.norm.slice(span.start, span.end)))) score += weights[feature] ?? 0;
    if (score > best.score) best = { score, span };
  }
  return best.span;
}

/** "Sorry.", "好的。": a word or two is a formula, not a line with a reading of its own to learn from. */
const FEWEST_WORDS = 4;

/** English words and Chinese characters, as the reader counts them. */
function wordCount(norm: string): number {
  let count = 0;
  for (let at = 0; at < norm.length; at++) {
    const code = norm.charCodeAt(at);
    if (isHanCode(code) || (isLetter(code) && !isLetter(norm.charCodeAt(at - 1)))) count++;
  }
  return count;
}

const isLetter = (code: number) => code >= 0x61 && code <= 0x7a;

const SHOWN_FEATURES = 5;
