import path from "node:path";
import { CATEGORY_ORDER, evaluateCorpus, loadCorpus, precision, recall, type TCounts } from "./evaluate-corpus";

/**
 * npm run eval:scorer [-- --verbose] [-- --dir FOLDER]: precision and recall of the scorer on the
 * labelled corpus, or on another folder of the same format (e.g. test/scoring/holdout, written
 * without sight of the detector and never tuned on).
 */
const verbose = process.argv.includes("--verbose");
const dirFlag = process.argv.indexOf("--dir");
const corpusDir = dirFlag > 0 && process.argv[dirFlag + 1] ? path.resolve(process.argv[dirFlag + 1]!) : path.join(import.meta.dirname, "corpus");
const evaluation = evaluateCorpus(loadCorpus(corpusDir));

const row = (name: string, counts: TCounts) =>
  `${name.padEnd(24)} ${precision(counts).toFixed(3).padStart(9)} ${recall(counts).toFixed(3).padStart(7)} ${String(counts.tp + counts.fn).padStart(7)}`;

console.log(`${evaluation.items} graded turns\n`);
console.log(`${"category".padEnd(24)} precision  recall support`);
for (const category of CATEGORY_ORDER) console.log(row(category, evaluation.perCategory[category]));
console.log(row("violations-overall", evaluation.violations));
console.log(row("strengths-overall", evaluation.strengths));

if (verbose) {
  console.log("\nmisses:");
  for (const miss of evaluation.misses) console.log(`  ${miss.id}  ${miss.category}`);
  console.log("\nfalse alarms:");
  for (const alarm of evaluation.falseAlarms) console.log(`  ${alarm.id}  ${alarm.category}  «${alarm.evidence}»`);
  console.log("\nrule ids differing from the labels:");
  for (const item of evaluation.wrongRuleIds) console.log(`  ${item.id}  expected ${item.expected.join(",")}  found ${item.found.join(",") || "-"}`);
}
