import { writeFileSync } from "node:fs";
import path from "node:path";
import { LEARNED_CATEGORIES } from "../../../lib/scoring/learned/learned-reader-schema";
import { LEARNED_READER_FILE } from "../../../lib/scoring/learned/read-learned";
import { precision, recall, type TCounts } from "../evaluate-corpus";
import { TRAINING_SOURCES, learnedExamples, type TLearnedExample } from "./learned-examples";
import { THRESHOLD, fitCategories, probability, trainReader } from "./train-learned-reader";

/**
 * npm run train:reader [-- --cv]
 * Fits the learned reader on the development sets and writes lexicon/learned-reader.json. --cv
 * instead leaves each development set out in turn, trains on the rest and prints how the reader
 * alone does on the set it did not see: the honest measure for choosing its settings.
 */
/** Thresholds to compare: the reader's own, one looser and one stricter. */
const CV_THRESHOLDS = [THRESHOLD - 0.1, THRESHOLD, THRESHOLD + 0.1];

function crossValidate(examples: readonly TLearnedExample[]) {
  const counts = CV_THRESHOLDS.map(() => Object.fromEntries(LEARNED_CATEGORIES.map((category) => [category, { tp: 0, fp: 0, fn: 0 }])) as Record<string, TCounts>);
  for (const source of TRAINING_SOURCES) {
    const fitted = fitCategories(examples.filter((example) => example.source !== source));
    for (const example of examples.filter((each) => each.source === source)) {
      for (const category of LEARNED_CATEGORIES) {
        const seen = probability(fitted, category, example.features);
        const expected = example.categories.has(category);
        CV_THRESHOLDS.forEach((threshold, at) => {
          const tally = counts[at]![category]!;
          if (seen >= threshold && expected) tally.tp++;
          else if (seen >= threshold) tally.fp++;
          else if (expected) tally.fn++;
        });
      }
    }
    console.error(`  left out ${source}`);
  }
  console.log(`${"reader alone, each set unseen: P / R at".padEnd(28)} ${CV_THRESHOLDS.map((threshold) => `p ≥ ${threshold}`.padEnd(14)).join("")}`);
  for (const category of LEARNED_CATEGORIES) {
    const cells = counts.map((byCategory) => `${precision(byCategory[category]!).toFixed(3)} / ${recall(byCategory[category]!).toFixed(3)}`.padEnd(14));
    console.log(`${category.padEnd(28)} ${cells.join("")}`);
  }
}

const examples = learnedExamples();
if (process.argv.includes("--cv")) crossValidate(examples);
else {
  const reader = trainReader(examples);
  writeFileSync(LEARNED_READER_FILE(), `${JSON.stringify(reader)}\n`);
  const weights = Object.values(reader.categories).reduce((total, each) => total + Object.keys(each.weights).length, 0);
  console.log(`${path.relative(process.cwd(), LEARNED_READER_FILE())}: ${examples.length} turns, ${weights} weights`);
}
