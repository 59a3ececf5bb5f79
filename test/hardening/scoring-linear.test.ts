import { describe, expect, it } from "vitest";
import { parseTranscriptInput } from "../../lib/scoring/parse-transcript-input";
import { scoreTranscript } from "../../lib/scoring/score-transcript";
import { MAX_NAME_CHARS, MAX_TURN_CHARS, type TTranscript } from "../../lib/transcript/transcript-schema";
import { withCpuMs } from "../support/cpu-time";

/** Issue 10, items 1 and 10: scoring time is linear in a turn's length, and names and turns are bounded. */
const UNIT = "分12期,每月还5000元,30天内";

function transcriptOf(agentText: string, debtorName = "张伟"): TTranscript {
  return {
    language: "zh-CN",
    ruleset: "cn",
    case: { debtorName, currency: "CNY", amountDue: 60000, minimumPayment: 3000, daysPastDue: 90 },
    turns: [
      { speaker: "customer", text: "喂?" },
      { speaker: "agent", text: agentText },
    ],
  };
}

/**
 * The fastest of five runs, in processor time (cpu-time.ts): the least disturbed by other work on a
 * shared machine, and not lengthened by waiting for a core.
 */
function fastest(agentText: string): number {
  let best = Infinity;
  for (let run = 0; run < 5; run++) best = Math.min(best, withCpuMs(() => scoreTranscript(transcriptOf(agentText))).ms);
  return best;
}

describe("scoring a long turn", () => {
  it("takes at most about twice as long when the turn doubles", () => {
    fastest(UNIT.repeat(200)); // warm the patterns up
    const single = fastest(UNIT.repeat(1500));
    const double = fastest(UNIT.repeat(3000));
    // Quadratic work makes this ratio about 4; linear work about 2, and 2.2–2.6 is usual here (the
    // collector and the garbage collector grow with the text), with one CI run at 3.5. Measured as a ratio, not a time.
    expect(double / single).toBeLessThan(3.2);
  });

  it("copes with a debtor name far longer than a pattern may be", () => {
    const name = "张".repeat(40_000);
    const report = scoreTranscript({
      ...transcriptOf(`请问是${name}本人吗?`, name),
      turns: [
        { speaker: "agent", text: `请问是${name}本人吗?` },
        { speaker: "customer", text: `我是${name}` },
        { speaker: "agent", text: "您好,我是银行的小李。" },
      ],
    });
    expect(report.scores.overall).toBeGreaterThanOrEqual(0);
  });
});

describe("reading a transcript file", () => {
  it("refuses a turn over the limit, naming the turn and the limit", () => {
    const parsed = parseTranscriptInput(JSON.stringify(transcriptOf("好".repeat(MAX_TURN_CHARS + 1))));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.join("\n")).toMatch(/✖ .*20,000 characters.*\n\s+→ at turns\[1\]\.text/);
  });

  it("refuses a debtor name over the limit", () => {
    const parsed = parseTranscriptInput(JSON.stringify(transcriptOf("您好", "张".repeat(MAX_NAME_CHARS + 1))));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.join("\n")).toMatch(/✖ at most 200 characters\n\s+→ at case\.debtorName/);
  });

  it("accepts a turn at the limit", () => {
    expect(parseTranscriptInput(JSON.stringify(transcriptOf("好".repeat(MAX_TURN_CHARS)))).ok).toBe(true);
  });
});

describe("a scenario persona's name", () => {
  it("is refused past the limit, with its line, before any call can use it", async () => {
    const { readFile } = await import("node:fs/promises");
    const { parseScenario } = await import("../../lib/scenarios/parse-scenario");
    const { ScenarioLoadError } = await import("../../lib/scenarios/scenario-error");
    const source = await readFile("scenarios/uk-debt-numb-warehouse-worker.yaml", "utf8");
    const hostile = source.replace("name: Craig Mitchell", `name: ${"C".repeat(40_000)}`);
    expect(() => parseScenario(hostile, "hostile.yaml")).toThrow(ScenarioLoadError);
    try {
      parseScenario(hostile, "hostile.yaml");
    } catch (error) {
      expect(String((error as Error).message)).toMatch(/persona\.name/);
    }
  });
});
