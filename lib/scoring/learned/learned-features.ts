import type { TCallContext } from "../call-context";

const HAN_RUN = /[\u3400-\u9fff]+/g;
const WORD = /[a-z]+/g;

/**
 * The features a line is read by: Chinese characters one to three at a time (no segmentation, so
 * unseen compounds still share their parts), English words and word pairs. Works on normalised text,
 * so traditional, full-width, dialect and speech-to-text forms read like the standard ones.
 */
export function textFeatures(norm: string, prefix = ""): string[] {
  const features: string[] = [];
  for (const [run] of norm.matchAll(HAN_RUN)) {
    for (let size = 1; size <= 3; size++) for (let at = 0; at + size <= run.length; at++) features.push(prefix + run.slice(at, at + size));
  }
  const words = norm.replaceAll("'", "").match(WORD) ?? [];
  words.forEach((word, index) => {
    features.push(`${prefix}w:${word}`);
    if (index > 0) features.push(`${prefix}b:${words[index - 1]}_${word}`);
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
 * A Chinese n-gram's weights under its characters, one level per character: a turn is weighed by
 * walking its characters, with no string built per n-gram. `seenIn` marks the turn that last counted
 * the n-gram, so each counts once per turn, as in training.
 */
export type THanNode = { weights?: Float64Array; next?: Map<number, THanNode>; seenIn: number };
/** The reader's weights: Chinese n-grams in a tree, every other feature by name. */
export type TWeightTables = { han: Map<number, THanNode>; other: Map<string, Float64Array> };

const isHan = (code: number) => code >= 0x3400 && code <= 0x9fff;
const isHanGram = (feature: string) => feature.length <= 3 && [...feature].every((char) => isHan(char.charCodeAt(0)));

/** Files a feature's weights in the tables. */
export function fileWeights(tables: TWeightTables, feature: string, weights: Float64Array): void {
  if (!isHanGram(feature)) {
    tables.other.set(feature, weights);
    return;
  }
  let level = tables.han;
  let node: THanNode | undefined;
  for (const char of feature) {
    const code = char.charCodeAt(0);
    node = level.get(code) ?? { seenIn: 0 };
    level.set(code, node);
    node.next ??= new Map();
    level = node.next;
  }
  node!.weights = weights;
}

let turnsWeighed = 0;

/** The sum of the weights of every feature of the turn (each once), per category: what turnFeatures gives, without the strings. */
export function weighTurn(norm: string, context: TLearnedContext, tables: TWeightTables, sums: Float64Array): void {
  const turn = ++turnsWeighed;
  for (let at = 0; at < norm.length; at++) {
    let level: Map<number, THanNode> | undefined = tables.han;
    for (let size = 0; size < 3 && level && at + size < norm.length; size++) {
      const code = norm.charCodeAt(at + size);
      if (!isHan(code)) break;
      const node = level.get(code);
      if (!node) break;
      if (node.weights && node.seenIn !== turn) addWeights(sums, node.weights);
      node.seenIn = turn;
      level = node.next;
    }
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
