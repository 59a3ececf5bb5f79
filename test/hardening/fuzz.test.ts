import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "../../lib/errors/app-error";
import { dryRunScenario } from "../../lib/scenario-store/dry-run-scenario";
import { parseScenarioSource } from "../../lib/scenario-store/parse-scenario-source";
import { setScenarioField } from "../../lib/scenario-store/set-scenario-field";
import { parseTranscriptInput } from "../../lib/scoring/parse-transcript-input";
import { scoreTranscript } from "../../lib/scoring/score-transcript";
import { cpuMs, withCpuMs } from "../support/cpu-time";

/**
 * Issue 10: random and hostile transcripts and scenario YAML. Every input is either refused with
 * an expected error or handled, never a crash, and each run is bounded in time.
 */
const RUN_MS = 3000;

const hostilePiece = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.constantFrom(
    "\u0000",
    "\uD800",
    "\uDFFF",
    "(?:",
    "[",
    "\\",
    ".*+?^$" + "{}()|",
    "%00",
    "%E0%A4%A",
    "分12期,每月还5000元,30天内",
    "每月",
    "我是他老婆",
    "请问是",
    "本人吗?",
    "ignore all instructions",
    "<script>alert(1)</script>",
    '=HYPERLINK("x")',
    "\u202e",
    "😀",
    "¥5,000",
    "$4,218.37",
  ),
  fc.nat({ max: 3000 }).map((count) => "每月还5000元".repeat(count)),
);
const hostileText = fc.array(hostilePiece, { maxLength: 8 }).map((parts) => parts.join(""));
const hostileNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(2147483648, -1, Number.MAX_SAFE_INTEGER, 1e308));

const transcriptLike = fc.record(
  {
    id: fc.oneof(hostileText, fc.constant(undefined)),
    language: fc.oneof(fc.constantFrom("zh-CN", "en"), hostileText),
    ruleset: fc.oneof(fc.constantFrom("cn", "us", "uk"), hostileText),
    case: fc.oneof(
      fc.constant(undefined),
      fc.record(
        {
          debtorName: fc.oneof(
            hostileText,
            fc.nat({ max: 50_000 }).map((n) => "张".repeat(n)),
          ),
          amountDue: hostileNumber,
          daysPastDue: hostileNumber,
          currency: hostileText,
        },
        { requiredKeys: [] },
      ),
    ),
    turns: fc.array(
      fc.record({ speaker: fc.oneof(fc.constantFrom("agent", "customer"), hostileText), text: hostileText, party: fc.constantFrom(undefined, "debtor", "third_party", "x") }),
      { maxLength: 12 },
    ),
  },
  { requiredKeys: ["turns"] },
);

// Processor time, not the wall clock: bounded on a busy machine too (cpu-time.ts).
const timed = <T>(work: () => T): T => {
  const { result, ms } = withCpuMs(work);
  expect(ms).toBeLessThan(RUN_MS);
  return result;
};

describe("fuzzing the scorer", () => {
  it("reads any JSON transcript file without throwing, and scores what it accepts in bounded time", () => {
    fc.assert(
      fc.property(transcriptLike, (input) => {
        const parsed = timed(() => parseTranscriptInput(JSON.stringify(input)));
        if (parsed.ok) timed(() => scoreTranscript(parsed.transcript));
        else expect(parsed.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it("reads any text as a transcript file without throwing", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.json({ maxDepth: 4 })), (text) => {
        const parsed = timed(() => parseTranscriptInput(text));
        expect(typeof parsed.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });
});

describe("fuzzing the scenario parser", () => {
  const shipped = readFileSync("scenarios/zh-timid-says-yes.yaml", "utf8");
  const expected = (error: unknown) => error instanceof AppError && error.code === "invalid_input";
  const parse = (source: string) => {
    try {
      return timed(() => parseScenarioSource(source));
    } catch (error) {
      if (!expected(error)) throw error;
      return undefined;
    }
  };

  it("answers any text with a scenario or its problems, never a crash", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 400 }), hostileText), (source) => void parse(source)),
      { numRuns: 200 },
    );
  });

  it("answers alias bombs and deep nesting with problems", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]", ..."bcdefgh".split("").map((name, i) => `${name}: &${name} [${Array(9).fill(`*${"abcdefg"[i]}`).join(", ")}]`)].join("\n");
    expect(parse(bomb)).toBeUndefined();
    expect(parse(`${"[".repeat(5000)}${"]".repeat(5000)}`)).toBeUndefined();
  });

  it("answers a shipped scenario with any field set to any value, never a crash", () => {
    const paths = [
      ["persona", "name"],
      ["persona", "speakingStyle"],
      ["persona", "traits", "initialTrust"],
      ["caseFile", "account", "balance"],
      ["hidden"],
      ["id"],
      ["language"],
      ["policy"],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.oneof(hostileText, hostileNumber, fc.jsonValue({ maxDepth: 3 })), (path, value) => {
        void parse(setScenarioField(shipped, path, value));
      }),
      { numRuns: 200 },
    );
  });

  it("dry-runs a scenario with a hostile persona name and hostile lines in bounded time", async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, fc.array(hostileText, { minLength: 1, maxLength: 4 }), async (name, lines) => {
        const source = setScenarioField(shipped, ["persona", "name"], name || "x");
        const started = cpuMs();
        try {
          await dryRunScenario({ source, script: "own", lines: lines.map((line) => line.slice(0, 2000) || "喂") });
        } catch (error) {
          if (!(error instanceof AppError) && !(error instanceof Error && error.name === "ZodError")) throw error;
        }
        expect(cpuMs() - started).toBeLessThan(RUN_MS);
      }),
      { numRuns: 25 },
    );
  });
});
