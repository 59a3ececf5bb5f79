import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateCalls, loadCalls, median } from "./evaluate-calls";
import { CATEGORY_ORDER, evaluateCorpus, loadCorpus, precision, recall } from "./evaluate-corpus";
import { TUNED_CALLS, callsGoldenLines, corpusGoldenLines, readGolden } from "./golden";

type TFloors = Record<string, [recall: number, precision: number]>;

/**
 * Per-category floors on the sets the detector is tuned against (test/scoring/dev/README.md), a
 * little under today's figures, so a regression in one category cannot hide behind gains in another.
 * `corpus` and `dev` were labelled before interfaces.md counted any deadline as pressure: their fake
 * deadlines are labelled deception only, so the pressure found on them lowers pressure precision there.
 * Likewise `corpus` predates the whole-call convention (calls/README.md) that reads brushing hardship
 * aside ("Everybody's got a story") and relatives' numbers demanded as proof of good faith as pressure
 * too: en-abuse-002 and zh-third-party-007 now find it, so the corpus pressure precision floor is 0.83.
 */
const FLOORS: Record<string, TFloors> = {
  corpus: {
    threat: [0.97, 0.92],
    deception: [0.96, 0.96],
    third_party_disclosure: [0.97, 0.97],
    abuse: [0.97, 0.97],
    inaccuracy: [0.9, 0.97],
    pressure: [0.95, 0.83],
    empathy: [0.97, 0.97],
    self_identification: [0.97, 0.97],
    identity_verification: [0.97, 0.97],
    options_offered: [0.97, 0.94],
  },
  dev: {
    threat: [0.91, 0.92],
    deception: [0.92, 0.75],
    third_party_disclosure: [0.94, 0.92],
    abuse: [0.93, 0.92],
    inaccuracy: [0.76, 0.81],
    pressure: [0.79, 0.85],
    empathy: [0.77, 0.89],
    self_identification: [0.97, 0.97],
    identity_verification: [0.86, 0.97],
    options_offered: [0.97, 0.83],
  },
  "dev-3": {
    threat: [0.75, 0.9],
    deception: [0.7, 0.9],
    third_party_disclosure: [0.97, 0.78],
    abuse: [0.64, 0.88],
    inaccuracy: [0.83, 0.83],
    pressure: [0.85, 0.9],
    empathy: [0.45, 0.72],
    self_identification: [0.9, 0.97],
    identity_verification: [0.85, 0.97],
    options_offered: [0.72, 0.83],
  },
  "dev-4": {
    threat: [0.57, 0.99],
    deception: [0.85, 0.99],
    third_party_disclosure: [0.99, 0.79],
    abuse: [0, 0.99],
    inaccuracy: [0, 0],
    pressure: [0.66, 0.72],
    empathy: [0.63, 0.75],
    self_identification: [0.99, 0.99],
    identity_verification: [0.99, 0.99],
    options_offered: [0.79, 0.86],
  },
  // Trained on by the learned reader only; its patterns were never tuned on it (first sight in its README).
  "dev-9": {
    threat: [0.94, 0.8],
    deception: [0.93, 0.8],
    third_party_disclosure: [0.97, 0.7],
    abuse: [0.97, 0.7],
    inaccuracy: [0.55, 0.65],
    pressure: [0.85, 0.88],
    empathy: [0.8, 0.97],
    self_identification: [0.8, 0.97],
    identity_verification: [0.97, 0.75],
    options_offered: [0.9, 0.97],
  },
  // Likewise trained on by the reader only (first sight in its README: violations 0.789 / 0.667).
  "dev-10": {
    threat: [0.95, 0.88],
    deception: [0.91, 0.83],
    third_party_disclosure: [0.97, 0.67],
    abuse: [0.97, 0.77],
    inaccuracy: [0.6, 0.75],
    pressure: [0.92, 0.83],
    empathy: [0.79, 0.85],
    self_identification: [0.77, 0.89],
    identity_verification: [0.97, 0.84],
    options_offered: [0.86, 0.79],
  },
};

describe.each(Object.keys(FLOORS))("scorer on the %s set it was developed against", (folder) => {
  const items = loadCorpus(path.join(import.meta.dirname, folder));
  const evaluation = evaluateCorpus(items);

  it.each(CATEGORY_ORDER)("keeps %s at or above its floor", (category) => {
    const [recallFloor, precisionFloor] = FLOORS[folder]![category]!;
    expect(recall(evaluation.perCategory[category])).toBeGreaterThanOrEqual(recallFloor);
    expect(precision(evaluation.perCategory[category])).toBeGreaterThanOrEqual(precisionFloor);
  });

  it("finds what its golden file says, turn by turn (after a reviewed change: npm run eval:scorer -- --update)", () => {
    expect(corpusGoldenLines(items)).toEqual(readGolden(folder));
  });
});

describe.each(TUNED_CALLS)("scorer on the development whole calls %s", (golden, file) => {
  const evaluation = evaluateCalls(loadCalls(path.join(import.meta.dirname, file)));
  const scores = (quality: string) => evaluation.calls.filter((call) => call.quality === quality).map((call) => call.report.scores.overall);

  it("fails every bad call", () => {
    expect(evaluation.calls.filter((call) => call.quality === "bad" && call.passed)).toEqual([]);
  });

  it("ranks excellent calls above average ones, and average above bad", () => {
    expect(median(scores("excellent"))).toBeGreaterThanOrEqual(median(scores("average")) + 10);
    expect(median(scores("average"))).toBeGreaterThan(median(scores("bad")));
  });

  it("scores and judges each call as its golden file says", () => {
    expect(callsGoldenLines(evaluation)).toEqual(readGolden(golden));
  });
});

/**
 * The held-out sets were written without sight of the detector and must never be tuned on: floors
 * just under the figures published in README.md, to catch regressions, not targets.
 */
type THeldOut = [folder: string, items: number, floors: { violations: [recall: number, precision: number]; strengths: [recall: number, precision: number] }];

describe.each([
  ["holdout", 160, { violations: [0.73, 0.78], strengths: [0.9, 0.87] }],
  ["holdout-2", 635, { violations: [0.71, 0.86], strengths: [0.76, 0.91] }],
  ["holdout-3", 300, { violations: [0.67, 0.84], strengths: [0.8, 0.81] }],
] as THeldOut[])("scorer on the held-out set %s", (folder, items, floors) => {
  it("does not fall below the figures published in README.md", () => {
    const evaluation = evaluateCorpus(loadCorpus(path.join(import.meta.dirname, folder)));
    expect(evaluation.items).toBe(items);
    expect(recall(evaluation.violations)).toBeGreaterThanOrEqual(floors.violations[0]);
    expect(precision(evaluation.violations)).toBeGreaterThanOrEqual(floors.violations[1]);
    expect(recall(evaluation.strengths)).toBeGreaterThanOrEqual(floors.strengths[0]);
    expect(precision(evaluation.strengths)).toBeGreaterThanOrEqual(floors.strengths[1]);
  });
});

/** Held-out whole calls, never tuned on: every bad call fails, and no fewer excellent calls pass than README.md says. */
describe.each([
  ["calls/holdout/calls-holdout.jsonl", 9],
  ["calls/holdout-3/calls-holdout3.jsonl", 5],
  ["calls/holdout-4/calls-holdout4.jsonl", 11],
  ["calls/holdout-5/calls-holdout5.jsonl", 8],
  ["calls/holdout-6/calls-holdout6.jsonl", 9],
  ["calls/holdout-7/calls-holdout7.jsonl", 9],
] as [file: string, excellentPassing: number][])("scorer on the held-out whole calls %s", (file, excellentPassing) => {
  const evaluation = evaluateCalls(loadCalls(path.join(import.meta.dirname, file)));

  it("fails every bad call and passes the excellent ones it passed when README.md was written", () => {
    expect(evaluation.calls.filter((call) => call.quality === "bad" && call.passed)).toEqual([]);
    expect(evaluation.calls.filter((call) => call.quality === "excellent" && call.passed).length).toBeGreaterThanOrEqual(excellentPassing);
  });
});
