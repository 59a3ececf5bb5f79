import { describe, expect, it } from "vitest";
import type { TResultRow } from "./list-results";
import { resultsToCsv, scenarioTitleKey } from "./results-to-csv";

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
  held: true,
  failReasons: ["critical_violation"],
  criticalCount: 1,
  rulesBroken: ["CN-MISLEAD", "CN-THREAT"],
  missingSkills: [],
  findings: [],
  ...overrides,
});

const titles = new Map([[scenarioTitleKey("zh-timid-says-yes", 2), { zh: "不敢做主的客户", en: "A customer who dare not decide" }]]);
const reader = { baseUrl: "https://parley.example.com", titles } as const;

describe("resultsToCsv", () => {
  it("writes for its reader: their language, their local time, titles, pass or not, and a link to the call", () => {
    expect(resultsToCsv([row({})], { ...reader, locale: "zh-CN", timeZone: "Asia/Shanghai" })).toBe(
      "\uFEFF日期(Asia/Shanghai),团队,学员,场景,场景 ID,版本,通话结果,结果,总分,共情,准确,合规,严重违规数,违反的规则,链接\r\n" +
        "2026-11-23 16:30,上海一组 Shanghai A,李明 Li Ming,不敢做主的客户,zh-timid-says-yes,2,承诺还款,未通过,40,55,60,20,1,CN-MISLEAD CN-THREAT,https://parley.example.com/supervisor/calls/c1\r\n",
    );
    const english = resultsToCsv([row({ passed: true })], { ...reader, locale: "en", timeZone: "America/New_York" }).split("\r\n");
    expect(english[0]).toBe(
      "\uFEFFDate (America/New_York),Team,Trainee,Scenario,Scenario ID,Version,Outcome,Result,Overall,Empathy,Accuracy,Compliance,Critical violations,Rules broken,Link",
    );
    expect(english[1]).toMatch(/^2026-11-23 03:30,.*,A customer who dare not decide,zh-timid-says-yes,2,Promise to pay,Passed,/);
  });

  it("says a call never really held is that, not a fail, in the reader's language", () => {
    const notHeld = row({ held: false, failReasons: ["no_next_step"], criticalCount: 0, rulesBroken: [] });
    expect(resultsToCsv([notHeld], { ...reader, locale: "zh-CN", timeZone: "Asia/Shanghai" }).split("\r\n")[1]).toContain(',承诺还款,"未真正进行 (没做任何该做的事,也没有违规)",');
    expect(resultsToCsv([notHeld], { ...reader, locale: "en", timeZone: "UTC" }).split("\r\n")[1]).toContain(",Promise to pay,Not really held (no work done and no rule broken),");
  });

  it("quotes commas, quotes and line breaks, and defuses spreadsheet formulas", () => {
    const csv = resultsToCsv([row({ trainee: { id: "u2", name: '=HYPERLINK("x"),1', username: "x" }, outcome: null, teams: [], scenarioId: "gone", version: 1 })], {
      ...reader,
      locale: "en",
      timeZone: "UTC",
    });
    expect(csv.split("\r\n")[1]).toBe(
      `2026-11-23 08:30,,"'=HYPERLINK(""x""),1",gone,gone,1,,Not passed,40,55,60,20,1,CN-MISLEAD CN-THREAT,https://parley.example.com/supervisor/calls/c1`,
    );
  });
});
