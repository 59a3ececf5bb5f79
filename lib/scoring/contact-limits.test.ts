import { describe, expect, it } from "vitest";
import type { TCallFacts, TRulesetId, TTurn } from "../transcript/transcript-schema";
import { parseTranscriptInput } from "./parse-transcript-input";
import { scoreTranscript } from "./score-transcript";

const turns: TTurn[] = [
  { speaker: "customer", text: "喂?" },
  { speaker: "agent", text: "您好,请问是张伟先生本人吗?" },
  { speaker: "customer", text: "是我。", party: "debtor" },
];
const callFindings = (ruleset: TRulesetId, call: TCallFacts) =>
  scoreTranscript({ language: "zh-CN", ruleset, turns, call })
    .findings.filter((finding) => finding.category === "pressure")
    .map((finding) => [finding.ruleId, finding.turn]);

describe("contact hours and call frequency, from the transcript's call facts", () => {
  it("flags a call outside the hours in the customer's own local time, on the first agent turn", () => {
    expect(callFindings("cn", { startedAt: "2026-11-20T22:40:00+08:00" })).toEqual([["CN-TIME", 1]]);
    expect(callFindings("cn", { startedAt: "2026-11-20T07:59:00+08:00" })).toEqual([["CN-TIME", 1]]);
    expect(callFindings("cn", { startedAt: "2026-11-20T21:30:00+08:00" })).toEqual([]);
    // 21:30 in New York is after the US limit, though it is the next morning in Shanghai.
    expect(callFindings("us", { startedAt: "2026-11-20T21:30:00-05:00" })).toEqual([["US-CONTACT-LIMITS", 1]]);
    expect(callFindings("us", { startedAt: "2026-11-20T20:30:00-05:00" })).toEqual([]);
  });

  it("respects the customer's consent to a late call", () => {
    expect(callFindings("cn", { startedAt: "2026-11-20T22:40:00+08:00", consentToLateContact: true })).toEqual([]);
  });

  it("counts attempts by the rule set's own measure", () => {
    expect(callFindings("cn", { attemptsToday: 7 })).toEqual([["CN-TIME", 1]]);
    expect(callFindings("cn", { attemptsToday: 6 })).toEqual([]);
    expect(callFindings("us", { attemptsLast7Days: 8 })).toEqual([["US-CONTACT-LIMITS", 1]]);
    expect(callFindings("us", { attemptsToday: 9, attemptsLast7Days: 7 })).toEqual([]);
  });

  it("checks nothing without call facts, or where the rule set sets no limits", () => {
    expect(callFindings("cn", {})).toEqual([]);
    expect(callFindings("uk", { startedAt: "2026-11-20T23:40:00+00:00", attemptsToday: 20 })).toEqual([]);
  });

  it("refuses UTC (Z) as the customer's time, and never reads a clock without their offset", () => {
    const parsed = parseTranscriptInput(JSON.stringify({ language: "en", ruleset: "us", turns: [], call: { startedAt: "2026-11-21T02:30:00Z" } }));
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? "" : parsed.errors.join("\n")).toMatch(/UTC offset.*\n\s*→ at call\.startedAt/);
    // Called without the schema, a time without the customer's offset is not judged at all.
    expect(callFindings("us", { startedAt: "2026-11-21T02:30:00Z" })).toEqual([]);
    expect(callFindings("us", { startedAt: "2026-11-21T02:30:00" })).toEqual([]);
    expect(callFindings("us", { startedAt: "2026-11-20T21:30:00.000-05:00" })).toEqual([["US-CONTACT-LIMITS", 1]]);
  });

  it("names the field when the time has no UTC offset", () => {
    const parsed = parseTranscriptInput(JSON.stringify({ language: "en", ruleset: "us", turns: [], call: { startedAt: "2026-11-20T21:30:00" } }));
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? "" : parsed.errors.join("\n")).toContain("call.startedAt");
  });
});
