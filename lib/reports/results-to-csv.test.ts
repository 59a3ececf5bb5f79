import { describe, expect, it } from "vitest";
import type { TResultRow } from "./list-results";
import { resultsToCsv } from "./results-to-csv";

const row = (overrides: Partial<TResultRow>): TResultRow => ({
  reportId: "r1",
  callId: "c1",
  date: new Date("2026-11-23T08:30:00Z"),
  teams: [{ id: "t1", name: "上海一组 Shanghai A" }],
  trainee: { id: "u1", name: "李明 Li Ming", username: "trainee" },
  scenarioId: "zh-timid-says-yes",
  version: 2,
  outcome: "promise_to_pay",
  scores: { overall: 40, empathy: 55, accuracy: 60, compliance: 20 },
  passed: false,
  failReasons: ["critical_violation"],
  criticalCount: 1,
  rulesBroken: ["CN-MISLEAD", "CN-THREAT"],
  missingSkills: [],
  findings: [],
  ...overrides,
});

describe("resultsToCsv", () => {
  it("starts with a UTF-8 byte-order mark and a header, one CRLF line per call", () => {
    expect(resultsToCsv([row({})])).toBe(
      "\uFEFFdate,team,trainee,scenario,version,outcome,overall,empathy,accuracy,compliance,critical_count,rules_broken\r\n" +
        "2026-11-23T08:30:00.000Z,上海一组 Shanghai A,李明 Li Ming,zh-timid-says-yes,2,promise_to_pay,40,55,60,20,1,CN-MISLEAD CN-THREAT\r\n",
    );
  });

  it("quotes commas, quotes and line breaks, and defuses spreadsheet formulas", () => {
    const csv = resultsToCsv([row({ trainee: { id: "u2", name: '=HYPERLINK("x"),1', username: "x" }, outcome: null, teams: [] })]);
    expect(csv.split("\r\n")[1]).toBe(`2026-11-23T08:30:00.000Z,,"'=HYPERLINK(""x""),1",zh-timid-says-yes,2,,40,55,60,20,1,CN-MISLEAD CN-THREAT`);
  });
});
