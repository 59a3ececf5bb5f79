import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { scoreTranscript } from "../../lib/scoring/score-transcript";
import { categoriesFound, type TCorpusItem } from "./evaluate-corpus";
import type { TCallsEvaluation } from "./evaluate-calls";

/**
 * Golden files: one line per labelled item with what the scorer found, so a change to the lexicon
 * or the detectors shows in review as the exact turns that flipped. `npm run eval:scorer -- --update`
 * rewrites them after the flips were read and found right.
 */
export const GOLDEN_DIR = path.join(import.meta.dirname, "golden");

const mark = (expected: readonly string[], found: readonly string[]) => {
  const missed = expected.filter((category) => !found.includes(category));
  const extra = found.filter((category) => !expected.includes(category));
  return [...missed.map((category) => `-${category}`), ...extra.map((category) => `+${category}`)].join(" ");
};

export function corpusGoldenLines(items: readonly TCorpusItem[]): string[] {
  return items.map((item) => {
    const turns = [...item.context, { speaker: "agent" as const, text: item.text }];
    const report = scoreTranscript({ id: item.id, language: item.language, ruleset: item.ruleset, case: item.case, turns });
    const found = [...categoriesFound(report.findings, turns.length - 1).keys()].sort();
    const diff = mark(item.expect, found);
    return `${item.id}\t${found.join(",") || "-"}${diff ? `\t${diff}` : ""}`;
  });
}

export function callsGoldenLines(evaluation: TCallsEvaluation): string[] {
  return evaluation.calls.map((call) => `${call.id}\t${call.quality}\t${call.report.scores.overall}\t${call.passed ? "pass" : `fail:${call.reasons.join(",")}`}`);
}

/** The labelled sets the detector is tuned against, each with a golden file of its own. */
export const TUNED_SETS = ["corpus", "dev", "dev-3", "dev-4", "dev-9", "dev-10"] as const;
export const TUNED_CALLS: readonly [golden: string, file: string][] = [
  ["calls-dev", "calls/dev/calls-dev.jsonl"],
  ["calls-dev-3", "calls/dev-3/calls-dev3.jsonl"],
  ["calls-dev-5", "calls/dev-5/calls-dev5.jsonl"],
  ["calls-dev-6", "calls/dev-6/calls-dev6.jsonl"],
  ["calls-dev-7", "calls/dev-7/calls-dev7.jsonl"],
  ["calls-dev-8", "calls/dev-8/calls-dev8.jsonl"],
  ["calls-dev-9", "calls/dev-9/calls-dev9.jsonl"],
  ["calls-dev-10", "calls/dev-10/calls-dev10.jsonl"],
  ["calls-dev-11", "calls/dev-11/calls-dev11.jsonl"],
];

export const goldenFile = (name: string) => path.join(GOLDEN_DIR, `${name}.tsv`);
export const readGolden = (name: string) => (existsSync(goldenFile(name)) ? readFileSync(goldenFile(name), "utf8").trimEnd().split("\n") : []);
export const writeGolden = (name: string, lines: readonly string[]) => writeFileSync(goldenFile(name), `${lines.join("\n")}\n`);
