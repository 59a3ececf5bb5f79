import { LEARNED_CATEGORIES, type TLearnedCategory, type TLearnedReader } from "../../../lib/scoring/learned/learned-reader-schema";
import { fitLogistic } from "./fit-logistic";
import { TRAINING_SOURCES, type TLearnedExample } from "./learned-examples";

export const REGULARISATION = 0.1;
export const THRESHOLD = 0.6;
/** A feature seen in a single turn says more about that turn than about collectors. */
const MIN_TURNS = 2;
/** Weights this small change no probability that matters; leaving them out keeps the file small. */
const SMALLEST_WEIGHT = 0.02;

type TFitted = Pick<TLearnedReader, "categories">;

export function fitCategories(examples: readonly TLearnedExample[]): TFitted {
  const seen = new Map<string, number>();
  for (const example of examples) for (const feature of example.features) seen.set(feature, (seen.get(feature) ?? 0) + 1);
  const vocabulary = [...seen]
    .filter(([, turns]) => turns >= MIN_TURNS)
    .map(([feature]) => feature)
    .sort();
  const index = new Map(vocabulary.map((feature, at) => [feature, at]));
  const rows = examples.map((example) => Int32Array.from([...example.features].flatMap((feature) => (index.has(feature) ? [index.get(feature)!] : []))));
  const categories = {} as TFitted["categories"];
  for (const category of LEARNED_CATEGORIES) {
    const labels = examples.map((example) => (example.categories.has(category) ? 1 : 0));
    const { weights, bias } = fitLogistic(rows, labels, vocabulary.length, REGULARISATION);
    const kept: Record<string, number> = {};
    vocabulary.forEach((feature, at) => {
      if (Math.abs(weights[at]!) >= SMALLEST_WEIGHT) kept[feature] = Math.round(weights[at]! * 1e4) / 1e4;
    });
    categories[category] = { bias: Math.round(bias * 1e4) / 1e4, weights: kept };
  }
  return { categories };
}

export function probability(fitted: TFitted, category: TLearnedCategory, features: ReadonlySet<string>): number {
  const { bias, weights } = fitted.categories[category];
  let sum = bias;
  for (const feature of features) sum += weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-sum));
}

/** The reader file for these examples: the same examples always give the same file. */
export function trainReader(examples: readonly TLearnedExample[]): TLearnedReader {
  return {
    about: "Written by `npm run train:reader` from the labelled sets listed in trainedOn; do not edit by hand.",
    trainedOn: [...TRAINING_SOURCES],
    turns: examples.length,
    regularisation: REGULARISATION,
    threshold: THRESHOLD,
    ...fitCategories(examples),
  };
}
