import { mkdirSync } from "node:fs";
import path from "node:path";
import { evaluateCalls, loadCalls, median } from "./evaluate-calls";
import { CATEGORY_ORDER, evaluateCorpus, loadCorpus, precision, recall, type TCounts } from "./evaluate-corpus";
import { GOLDEN_DIR, TUNED_CALLS, TUNED_SETS, callsGoldenLines, corpusGoldenLines, writeGolden } from "./golden";

/**
 * npm run eval:scorer [-- --verbose] [-- --dir FOLDER | --calls FILE] [-- --update]
 * Precision and recall of the scorer on the labelled corpus, on another folder of the same format
 * (test/scoring/holdout-2, written without sight of the detector and never tuned on), or on labelled
 * whole calls (scores by quality, pass/fail, turn-by-turn precision and recall). --update rewrites the
 * golden files of the sets the scorer is developed against (test/scoring/golden/).
 */
const argv = process.argv.slice(2);
const verbose = argv.includes("--verbose");
const flagValue = (flag: string) => (argv.indexOf(flag) >= 0 ? argv[argv.indexOf(flag) + 1] : undefined);

const row = (name: string, counts: TCounts) =>
  `${name.padEnd(24)} ${precision(counts).toFixed(3).padStart(9)} ${recall(counts).toFixed(3).padStart(7)} ${String(counts.tp + counts.fn).padStart(7)}`;

function printTable(perCategory: Record<string, TCounts>, violations: TCounts, strengths: TCounts) {
  console.log(`${"category".padEnd(24)} precision  recall support`);
  for (const category of CATEGORY_ORDER) console.log(row(category, perCategory[category]!));
  console.log(row("violations-overall", violations));
  console.log(row("strengths-overall", strengths));
}

if (argv.includes("--update")) {
  mkdirSync(GOLDEN_DIR, { recursive: true });
  for (const set of TUNED_SETS) writeGolden(set, corpusGoldenLines(loadCorpus(path.join(import.meta.dirname, set))));
  for (const [name, file] of TUNED_CALLS) writeGolden(name, callsGoldenLines(evaluateCalls(loadCalls(path.join(import.meta.dirname, file)))));
  console.log(`golden files rewritten in ${path.relative(process.cwd(), GOLDEN_DIR)}; review the diff before committing`);
} else if (flagValue("--calls")) {
  const evaluation = evaluateCalls(loadCalls(path.resolve(flagValue("--calls")!)));
  console.log(`${evaluation.calls.length} graded calls\n`);
  for (const call of evaluation.calls) {
    console.log(
      `${call.id.padEnd(26)} ${call.quality.padEnd(10)} ${String(call.report.scores.overall).padStart(3)}  ${call.passed ? "pass" : `fail (${call.reasons.join(", ")})`}`,
    );
  }
  console.log("");
  for (const quality of ["excellent", "average", "bad"] as const) {
    const calls = evaluation.calls.filter((call) => call.quality === quality);
    const scores = calls.map((call) => call.report.scores.overall);
    console.log(
      `${quality.padEnd(10)} ${calls.length} calls, median ${median(scores)}, range ${Math.min(...scores)}–${Math.max(...scores)}, passed ${calls.filter((call) => call.passed).length}`,
    );
  }
  console.log("\nagent turns, against the labels:");
  printTable(evaluation.perCategory, evaluation.violations, evaluation.strengths);
  if (verbose) {
    for (const miss of evaluation.misses) console.log(`  miss   ${miss.id} turn ${miss.turn} ${miss.category}`);
    for (const alarm of evaluation.falseAlarms) console.log(`  alarm  ${alarm.id} turn ${alarm.turn} ${alarm.category} «${alarm.evidence}»`);
  }
} else {
  const corpusDir = flagValue("--dir") ? path.resolve(flagValue("--dir")!) : path.join(import.meta.dirname, "corpus");
  const evaluation = evaluateCorpus(loadCorpus(corpusDir));
  console.log(`${evaluation.items} graded turns\n`);
  printTable(evaluation.perCategory, evaluation.violations, evaluation.strengths);
  if (verbose) {
    console.log("\nmisses:");
    for (const miss of evaluation.misses) console.log(`  ${miss.id}  ${miss.category}`);
    console.log("\nfalse alarms:");
    for (const alarm of evaluation.falseAlarms) console.log(`  ${alarm.id}  ${alarm.category}  «${alarm.evidence}»`);
    console.log("\nrule ids differing from the labels:");
    for (const item of evaluation.wrongRuleIds) console.log(`  ${item.id}  expected ${item.expected.join(",")}  found ${item.found.join(",") || "-"}`);
  }
}
