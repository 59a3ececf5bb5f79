import { describe, expect, it } from "vitest";
import { summariseProgress } from "./summarise-progress";

const scores = (overall: number) => ({ overall, empathy: overall, accuracy: overall, compliance: overall });
const threat = { category: "threat", severity: "critical", ruleId: "CN-THREAT" };
const identified = { category: "self_identification", severity: "positive", ruleId: "CN-ID-DISCLOSE" };

describe("summariseProgress", () => {
  it("plots each scored call as an attempt, oldest first, and leaves active calls out", () => {
    const summary = summariseProgress([
      { callId: "c3", startedAt: new Date("2026-11-22T10:00:00Z"), scores: scores(80), findings: [identified] },
      { callId: "c2", startedAt: new Date("2026-11-21T10:00:00Z"), scores: null, findings: [] },
      { callId: "c1", startedAt: new Date("2026-11-20T10:00:00Z"), scores: scores(30), findings: [threat, threat, identified] },
    ]);
    expect(summary.scoresOverTime.map(({ attempt, callId, overall }) => ({ attempt, callId, overall }))).toEqual([
      { attempt: 1, callId: "c1", overall: 30 },
      { attempt: 2, callId: "c3", overall: 80 },
    ]);
    expect(summary.scoredCalls).toBe(2);
    expect(summary.passed).toBe(1);
  });

  it("counts the rules broken, most faults first, and never a strength", () => {
    const summary = summariseProgress([
      { callId: "a", startedAt: new Date("2026-11-20T10:00:00Z"), scores: scores(30), findings: [threat, threat, identified] },
      { callId: "b", startedAt: new Date("2026-11-21T10:00:00Z"), scores: scores(40), findings: [threat, { category: "abuse", severity: "major", ruleId: "CN-ABUSE" }] },
    ]);
    expect(summary.rulesBroken).toEqual([
      { ruleId: "CN-THREAT", faults: 3, calls: 2 },
      { ruleId: "CN-ABUSE", faults: 1, calls: 1 },
    ]);
  });

  it("counts a call never really held (no work done, no rule broken) apart: no attempt, no point, no fail", () => {
    const workNotDone = { category: "options_offered", severity: "minor", ruleId: "CN-HARDSHIP-OPTIONS" };
    const summary = summariseProgress([
      { callId: "held", startedAt: new Date("2026-11-20T10:00:00Z"), scores: scores(80), findings: [identified] },
      { callId: "hello", startedAt: new Date("2026-11-21T10:00:00Z"), scores: scores(83), findings: [workNotDone] },
      { callId: "stopped", startedAt: new Date("2026-11-22T10:00:00Z"), scores: scores(75), findings: [identified, workNotDone] },
    ]);
    expect({ scoredCalls: summary.scoredCalls, notHeld: summary.notHeld, passed: summary.passed }).toEqual({ scoredCalls: 2, notHeld: 1, passed: 1 });
    expect(summary.scoresOverTime.map(({ attempt, callId }) => [attempt, callId])).toEqual([
      [1, "held"],
      [2, "stopped"],
    ]);
  });

  it("is empty without calls", () => {
    expect(summariseProgress([])).toEqual({ scoredCalls: 0, notHeld: 0, passed: 0, scoresOverTime: [], rulesBroken: [] });
  });
});
