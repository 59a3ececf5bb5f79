import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadRuleset } from "../../lib/scoring/load-ruleset";
import { ZScoreReport } from "../../lib/scoring/report-schema";
import { scoreTranscript } from "../../lib/scoring/score-transcript";
import type { TTranscript } from "../../lib/transcript/transcript-schema";
import { cpuMs } from "../support/cpu-time";

/** Text that mixes lexicon words with astral characters, combining marks, RTL and control characters. */
const piece = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "告诉您家人",
    "不会",
    "如果您不还",
    "坐牢",
    "5.8万",
    "$4,218.37",
    "we won't",
    "tell your boss",
    "逾期",
    "😀",
    "\u0301",
    "שלום",
    "\u202e",
    "我是他老婆",
    "?",
    "。",
    "-",
    "¥",
  ),
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));
const transcript = fc.record({
  language: fc.constantFrom("zh-CN" as const, "en" as const),
  ruleset: fc.constantFrom("cn" as const, "us" as const, "uk" as const),
  turns: fc.array(
    fc.record({ speaker: fc.constantFrom("agent" as const, "customer" as const), text, party: fc.constantFrom(undefined, "debtor" as const, "third_party" as const) }),
    { maxLength: 8 },
  ),
});

function checkInvariants(input: TTranscript) {
  const report = scoreTranscript(input);
  ZScoreReport.parse(report);
  const ids = new Set(loadRuleset(input.ruleset).rules.map((rule) => rule.id));
  for (const finding of report.findings) {
    expect(input.turns[finding.turn]?.text.includes(finding.evidence)).toBe(true);
    expect(ids.has(finding.ruleId)).toBe(true);
  }
}

describe("scoring random text", () => {
  it("completes with valid reports whose evidence quotes the turn", () => {
    fc.assert(
      fc.property(transcript, (input) => checkInvariants(input as TTranscript)),
      { numRuns: 300 },
    );
  });

  it("copes with a 1 MB turn quickly", () => {
    const huge = "如果您不还我们就告诉您家人 ".repeat(20_000) + "a".repeat(300_000) + "你好".repeat(200_000);
    // Processor time, not the wall clock: bounded on a busy machine too (cpu-time.ts). About 3 s alone; on the
    // suite's long-lived shared worker the garbage collector's threads add up to 20 s more. Runaway work (a
    // backtracking pattern, a quadratic loop) takes minutes, so a minute still tells the two apart.
    const started = cpuMs();
    checkInvariants({
      language: "zh-CN",
      ruleset: "cn",
      turns: [
        { speaker: "customer", text: "是我", party: "debtor" },
        { speaker: "agent", text: huge },
      ],
    });
    checkInvariants({ language: "en", ruleset: "us", turns: [{ speaker: "agent", text: "if you don't pay we will tell your boss, ".repeat(25_000) }] });
    expect(cpuMs() - started).toBeLessThan(60_000);
  });

  it("copes with a 5,000-turn transcript", () => {
    const turns = Array.from({ length: 5000 }, (_, index) =>
      index % 2 === 0
        ? { speaker: "agent" as const, text: "我理解您的难处,能说说您的收入情况吗?" }
        : { speaker: "customer" as const, text: "我失业了。", party: "debtor" as const },
    );
    const started = cpuMs();
    checkInvariants({ language: "zh-CN", ruleset: "cn", turns });
    expect(cpuMs() - started).toBeLessThan(20_000);
  });
});
