import { describe, expect, it } from "vitest";
import type { TTranscript, TTurn } from "../transcript/transcript-schema";
import { loadRuleset } from "./load-ruleset";
import { ZScoreReport, type TScoreReport } from "./report-schema";
import { findingTextIn } from "./finding-text-in";
import { formatReport } from "./format-report";
import { scoreTranscript } from "./score-transcript";

const usCase = { debtorName: "Sarah Miller", currency: "USD", amountDue: 4218.37, minimumPayment: 150, daysPastDue: 62, maxInstallmentMonths: 12, waivable: ["late_fees"] };
const spouseCall = (ruleset: "us" | "uk" | "cn"): TTranscript => ({
  language: "en",
  ruleset,
  case: usCase,
  turns: [
    { speaker: "agent", text: "Hello, may I speak with Sarah Miller?" },
    { speaker: "customer", text: "This is her husband, she's at work." },
    { speaker: "agent", text: "She is behind on her credit card payments." },
  ],
});
const goodCall: TTurn[] = [
  { speaker: "agent", text: "Hi, this is John from ABC Recovery. Am I speaking with Sarah Miller?" },
  { speaker: "customer", text: "Yes, speaking.", party: "debtor" },
  { speaker: "agent", text: "Thanks. I'm a debt collector and this is an attempt to collect a debt; any information obtained will be used for that purpose." },
  { speaker: "customer", text: "I lost my job last month, I can't pay right now.", party: "debtor" },
  { speaker: "agent", text: "I'm so sorry to hear that. That sounds really stressful. Could you tell me a bit about your income at the moment?" },
];

function expectInvariants(transcript: TTranscript, report: TScoreReport) {
  ZScoreReport.parse(report);
  const ruleset = loadRuleset(transcript.ruleset);
  for (const finding of report.findings) {
    const turn = transcript.turns[finding.turn];
    expect(turn?.speaker).toBe("agent");
    expect(turn?.text.includes(finding.evidence)).toBe(true);
    expect(ruleset.rules.some((rule) => rule.id === finding.ruleId)).toBe(true);
  }
}

describe("scoreTranscript", () => {
  it("treats a spouse as the consumer under US rules only", () => {
    const us = scoreTranscript(spouseCall("us"));
    const uk = scoreTranscript(spouseCall("uk"));
    expect(us.findings.some((finding) => finding.category === "third_party_disclosure")).toBe(false);
    expect(uk.findings.find((finding) => finding.category === "third_party_disclosure")).toMatchObject({ ruleId: "UK-THIRD-PARTY", severity: "critical", turn: 2 });
    expectInvariants(spouseCall("us"), us);
    expectInvariants(spouseCall("uk"), uk);
  });

  it("caps overall on a critical violation, whatever the warmth", () => {
    const warmThreat: TTranscript = {
      language: "en",
      ruleset: "us",
      case: usCase,
      turns: [...goodCall, { speaker: "agent", text: "I understand how hard this is, but if you don't pay today we'll call your employer and tell them." }],
    };
    const report = scoreTranscript(warmThreat);
    expect(report.findings.some((finding) => finding.category === "threat" && finding.severity === "critical")).toBe(true);
    expect(report.scores.overall).toBeLessThanOrEqual(40);
    expect(report.scores.empathy).toBeGreaterThan(60);
    expectInvariants(warmThreat, report);
  });

  it("reports strengths, and no recovery bonus", () => {
    const transcript: TTranscript = { language: "en", ruleset: "us", case: usCase, turns: goodCall };
    const report = scoreTranscript(transcript);
    const strengths = report.findings.filter((finding) => finding.severity === "positive").map((finding) => finding.category);
    expect(strengths).toEqual(expect.arrayContaining(["identity_verification", "self_identification", "empathy"]));
    expect(report.scores.compliance).toBe(100);
    const paid = scoreTranscript({ ...transcript, turns: [...goodCall, { speaker: "customer", text: "OK, I'll pay the full $4,218.37 today.", party: "debtor" }] });
    expect(paid.scores).toEqual(report.scores);
  });

  it("flags a call that never says who is calling, on the first agent turn", () => {
    const transcript: TTranscript = {
      language: "zh-CN",
      ruleset: "cn",
      turns: [
        { speaker: "agent", text: "请问是张伟先生本人吗?" },
        { speaker: "customer", text: "是我。", party: "debtor" },
        { speaker: "agent", text: "您的信用卡逾期了。" },
      ],
    };
    const report = scoreTranscript(transcript);
    expect(report.findings[0]).toMatchObject({ turn: 0, category: "self_identification", ruleId: "CN-ID-DISCLOSE", severity: "minor" });
  });

  it("counts a pause as a way to pay after a loss, and as the duty it is after a dispute", () => {
    const after = (customer: string) =>
      scoreTranscript({
        language: "en",
        ruleset: "uk",
        case: usCase,
        turns: [
          ...goodCall.slice(0, 3),
          { speaker: "customer", text: customer, party: "debtor" },
          { speaker: "agent", text: "Thank you for telling me. I'll put a thirty-day hold on the account while that's looked at." },
        ],
      })
        .findings.filter((finding) => finding.turn === 4)
        .map((finding) => finding.category);
    expect(after("My husband passed away last month and I can't think about this.")).toContain("options_offered");
    expect(after("That card has nothing to do with me, I never had an account with you.")).not.toContain("options_offered");
  });

  it("reports one quote that breaks a rule two ways once, explaining both", () => {
    const report = scoreTranscript({
      language: "zh-CN",
      ruleset: "cn",
      turns: [
        { speaker: "agent", text: "您好,请问是张伟先生本人吗?" },
        { speaker: "customer", text: "是我。", party: "debtor" },
        { speaker: "agent", text: "你再不还钱,我们就去你单位找你,让你同事都知道。" },
      ],
    });
    const threats = report.findings.filter((finding) => finding.turn === 2 && finding.ruleId === "CN-THREAT");
    expect(threats).toHaveLength(1);
    const rules = loadRuleset("cn").rules.find((rule) => rule.id === "CN-THREAT")!;
    for (const kind of ["threat_exposure", "threat_violence"] as const) {
      expect(threats[0]!.explanation).toContain(rules.signals[kind]!.explanation!.zh);
    }
    expect(threats[0]!.severity).toBe("critical");
  });

  it("carries each finding's explanation and suggestion in both languages", () => {
    const report = scoreTranscript(spouseCall("uk"), { language: "zh-CN" });
    const disclosure = report.findings.find((finding) => finding.category === "third_party_disclosure")!;
    const rule = loadRuleset("uk").rules.find((each) => each.id === disclosure.ruleId)!;
    const en = rule.signals.debt_disclosed_to_third_party?.suggestion?.en ?? rule.suggestion.en;
    expect(disclosure.translations?.en?.suggestion).toBe(en);
    expect(disclosure.translations?.["zh-CN"]?.explanation).toBe(disclosure.explanation);
    expect(findingTextIn(disclosure, "en").suggestion).toBe(en);
    expect(findingTextIn({ explanation: "judge's words", suggestion: "s" }, "en").explanation).toBe("judge's words");
  });

  it("is deterministic and falls back to a stable id", () => {
    const transcript: TTranscript = { language: "en", ruleset: "us", case: usCase, turns: goodCall };
    const first = scoreTranscript(transcript);
    expect(scoreTranscript(structuredClone(transcript))).toEqual(first);
    expect(first.transcriptId).toMatch(/^fnv-[0-9a-f]{16}$/);
    expect(scoreTranscript(transcript, { fallbackId: "call-7" }).transcriptId).toBe("call-7");
    expect(scoreTranscript({ ...transcript, id: "given" }, { fallbackId: "call-7" }).transcriptId).toBe("given");
  });

  it("writes explanations in the transcript's language unless told otherwise", () => {
    const report = scoreTranscript(spouseCall("uk"));
    const finding = report.findings.find((item) => item.category === "third_party_disclosure")!;
    expect(finding.explanation).toMatch(/[a-z]/);
    const chinese = scoreTranscript(spouseCall("uk"), { language: "zh-CN" });
    expect(chinese.findings.find((item) => item.category === "third_party_disclosure")!.explanation).toMatch(/[\u4e00-\u9fff]/);
  });

  it("handles a call with no agent turns", () => {
    const report = scoreTranscript({ language: "en", ruleset: "uk", turns: [{ speaker: "customer", text: "Hello?" }] });
    expect(report.findings).toEqual([]);
    expect(report.scores.compliance).toBe(100);
  });

  it("says whether the call passed and every reason it did not, in the report and the readable report", () => {
    const failed = scoreTranscript(spouseCall("uk"));
    expect(failed.result?.passed).toBe(false);
    expect(failed.result?.reasons).toContain("critical_violation");
    expect(formatReport(failed, "en")).toMatch(/Result: not passed \(a critical violation/);
    expect(formatReport(failed, "zh-CN")).toMatch(/结果：未通过（严重违规/);
  });
});
