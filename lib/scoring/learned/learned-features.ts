import type { TCallContext } from "../call-context";
import { isHanCode } from "../match/turn-text";

const HAN_RUN = /[\u3400-\u9fff]+/g;
const WORD = /[a-z]+/g;

/**
 * The features a line is read by: Chinese characters one to three at a time (no segmentation, so
 * unseen compounds still share their parts), English words and word pairs. Works on normalised text,
 * so traditional, full-width, dialect and speech-to-text forms read like the standard ones.
 */
export function textFeatures(norm: string): string[] {
  const features: string[] = [];
  for (const [run] of norm.matchAll(HAN_RUN)) {
    for (let size = 1; size <= 3; size++) for (let at = 0; at + size <= run.length; at++) features.push(run.slice(at, at + size));
  }
  const words = norm.replaceAll("'", "").match(WORD) ?? [];
  words.forEach((word, index) => {
    features.push(`w:${word}`);
    if (index > 0) features.push(`b:${words[index - 1]}_${word}`);
  });
  return features;
}

/** Where an agent turn is said: who is listening, the rule set and the moment. */
export type TLearnedContext = Pick<TCallContext, "listener" | "ruleset" | "mustStop" | "hardship">;

/**
 * Every feature of an agent turn, each once: its own words and where they are said (who listens, the
 * rule set, the stop or adapt moment the rules have read). Not the customer's words: those would let
 * a customer's reaction to an earlier line colour this one.
 */
export function turnFeatures(norm: string, context: TLearnedContext): Set<string> {
  return new Set([
    ...textFeatures(norm),
    `party:${context.listener.party}`,
    `rules:${context.ruleset}`,
    ...context.mustStop.map((trigger) => `stop:${trigger}`),
    ...(context.hardship ? ["moment:hardship"] : []),
  ]);
}

/**
 * The reader's weights in typed arrays: Chinese n-grams (one to three characters) in one
 * open-addressed table keyed by their character codes, so a turn is weighed by arithmetic, with no
 * string built per n-gram and in memory small enough to stay in cache; every other feature by name.
 * `seenIn` marks the turn that last counted an n-gram, so each counts once per turn, as in training.
 */
export type TWeightTables = { keys: Float64Array; rows: Int32Array; seenIn: Int32Array; turn: number; weights: Float64Array; other: Map<string, Float64Array> };

const isHanGram = (feature: string) => feature.length <= 3 && [...feature].every((char) => isHanCode(char.charCodeAt(0)));
/** One to three character codes as one exact number; the lengths fall in ranges that cannot meet (codes are at least 0x3400). */
const gramKey = (first: number, second: number, third: number) => (second === 0 ? first : third === 0 ? first * 0x10000 + second : (first * 0x10000 + second) * 0x10000 + third);
const slotOf = (first: number, second: number, third: number, mask: number) =>
  (Math.imul(Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 1, 0x85ebca6b) ^ Math.imul(third + 7, 0xc2b2ae35), 0x27d4eb2f) >>> 7) & mask;

/** The tables for these features' weights (each a row of one weight per category). */
export function weightTables(features: ReadonlyMap<string, Float64Array>, categories: number): TWeightTables {
  const grams = [...features].filter(([feature]) => isHanGram(feature));
  let size = 1;
  while (size < grams.length * 2) size *= 2;
  const tables: TWeightTables = {
    keys: new Float64Array(size),
    rows: new Int32Array(size),
    seenIn: new Int32Array(size),
    turn: 0,
    weights: new Float64Array(grams.length * categories),
    other: new Map([...features].filter(([feature]) => !isHanGram(feature))),
  };
  grams.forEach(([feature, weights], row) => {
    const [first = 0, second = 0, third = 0] = [...feature].map((char) => char.charCodeAt(0));
    let slot = slotOf(first, second, third, size - 1);
    while (tables.keys[slot] !== 0) slot = (slot + 1) & (size - 1);
    tables.keys[slot] = gramKey(first, second, third);
    tables.rows[slot] = row;
    tables.weights.set(weights, row * categories);
  });
  return tables;
}

/** The sum of the weights of every feature of the turn (each once), per category: what turnFeatures gives, without the strings. */
export function weighTurn(norm: string, context: TLearnedContext, tables: TWeightTables, sums: Float64Array): void {
  // Numbered within what seenIn (32-bit) holds; starting again, the old marks go, so no turn is taken for another.
  if (tables.turn === 0x7fffffff) {
    tables.turn = 0;
    tables.seenIn.fill(0);
  }
  const turn = ++tables.turn;
  const mask = tables.keys.length - 1;
  const gram = (first: number, second: number, third: number) => {
    const key = gramKey(first, second, third);
    for (let slot = slotOf(first, second, third, mask); tables.keys[slot] !== 0; slot = (slot + 1) & mask) {
      if (tables.keys[slot] !== key) continue;
      if (tables.seenIn[slot] === turn) return;
      tables.seenIn[slot] = turn;
      const from = tables.rows[slot]! * sums.length;
      for (let at = 0; at < sums.length; at++) sums[at]! += tables.weights[from + at]!;
      return;
    }
  };
  let back1 = 0;
  let back2 = 0;
  for (let at = 0; at < norm.length; at++) {
    const code = norm.charCodeAt(at);
    if (!isHanCode(code)) {
      back1 = back2 = 0;
      continue;
    }
    gram(code, 0, 0);
    if (back1) gram(back1, code, 0);
    if (back2) gram(back2, back1, code);
    back2 = back1;
    back1 = code;
  }
  addNamed(sums, tables, `party:${context.listener.party}`);
  addNamed(sums, tables, `rules:${context.ruleset}`);
  for (const trigger of context.mustStop) addNamed(sums, tables, `stop:${trigger}`);
  if (context.hardship) addNamed(sums, tables, "moment:hardship");
  if (/[a-z]/.test(norm)) for (const feature of new Set(textFeatures(norm.replace(HAN_RUN, " ")))) addNamed(sums, tables, feature);
}

function addNamed(sums: Float64Array, tables: TWeightTables, feature: string): void {
  const weights = tables.other.get(feature);
  if (weights) addWeights(sums, weights);
}

function addWeights(sums: Float64Array, weights: Float64Array): void {
  for (let at = 0; at < sums.length; at++) sums[at]! += weights[at]!;
}
