import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toPersonaEvents } from "../../lib/persona/to-persona-events";
import { analyseTurn } from "../../lib/scoring/analyse-turn";
import { type TLearnedContext, turnFeatures, weighTurn } from "../../lib/scoring/learned/learned-features";
import { LEARNED_CATEGORIES } from "../../lib/scoring/learned/learned-reader-schema";
import { learnedReader, readLearnedReaderFile } from "../../lib/scoring/learned/read-learned";
import { buildTurnText } from "../../lib/scoring/match/turn-text";
import { scoreTranscript } from "../../lib/scoring/score-transcript";
import type { TTranscript, TTurn } from "../../lib/transcript/transcript-schema";
import { TRAINING_SOURCES, learnedExamples } from "./learned/learned-examples";
import { trainReader } from "./learned/train-learned-reader";
import { CASES, VERIFIED } from "./support/cases";

const OPENINGS: Record<"us" | "cn", TTurn[]> = {
  us: [
    ...VERIFIED.us,
    { speaker: "agent", text: "Thanks Mike. Can you confirm your date of birth for me?" },
    { speaker: "customer", text: "March 3rd, 1984. Look, I can't pay anything right now.", party: "debtor" },
  ],
  cn: VERIFIED.cn,
};

/** A verified call in the rule set, then the turns before and the line under test. */
const callWith = (ruleset: "us" | "cn", line: string, before: TTurn[] = []): TTranscript => ({
  language: ruleset === "cn" ? "zh-CN" : "en",
  ruleset,
  case: CASES[ruleset],
  turns: [...OPENINGS[ruleset], ...before, { speaker: "agent", text: line }],
});
const usCall = (line: string) => callWith("us", line);
const zhCall = (line: string, before: TTurn[] = []) => callWith("cn", line, before);

const findingsOn = (transcript: TTranscript) => scoreTranscript(transcript).findings.filter((finding) => finding.turn === transcript.turns.length - 1);

describe("the learned reader", () => {
  it("is trained on the development sets only, and retraining them reproduces lexicon/learned-reader.json", () => {
    const stored = learnedReader().file;
    expect(stored.trainedOn).toEqual(TRAINING_SOURCES);
    expect(stored.trainedOn.filter((source) => source.includes("holdout"))).toEqual([]);
    expect(trainReader(learnedExamples())).toEqual(stored);
  }, 120_000);

  it("reads a veiled threat no pattern lists as a minor finding for a trainer to confirm, quoting the sentence that carries it", () => {
    const line = "I hear you. Be a shame if the folks at your work got wind of this, wouldn't it? Anyway, what can you manage?";
    const transcript = usCall(line);
    const analysis = analyseTurn(transcript, transcript.turns.length - 1);
    expect(analysis.threats).toEqual([]);
    expect(analysis.learned).toContain("threat");
    const threat = findingsOn(transcript).find((finding) => finding.category === "threat");
    expect(threat).toMatchObject({ ruleId: "US-THREAT", severity: "minor", evidence: "Be a shame if the folks at your work got wind of this, wouldn't it" });
    expect(threat?.explanation).toMatch(/learned reading/);
    expect(threat?.translations?.["zh-CN"]?.explanation).toMatch(/学习式阅读/);
  });

  it("the customer feels what only the learned reader saw", () => {
    const transcript = usCall("Be a shame if the folks at your work got wind of this, wouldn't it?");
    const events = toPersonaEvents(analyseTurn(transcript, transcript.turns.length - 1));
    expect(events).toContainEqual({ type: "agent.threatened", kinds: ["intimidation"] });
  });

  it("adds nothing the rules already found, and no warmth in a turn with a serious fault", () => {
    const findings = findingsOn(zhCall("我理解您的难处,也知道您不容易,但你再不还,我们就打电话告诉你婆婆。"));
    expect(findings.filter((finding) => finding.category === "threat")).toHaveLength(1);
    expect(findings.find((finding) => finding.category === "threat")?.severity).toBe("critical");
    expect(findings.filter((finding) => finding.severity === "positive")).toEqual([]);
  });

  it("leaves a courteous close with nothing in it alone", () => {
    const transcript = zhCall("好的,那我们下周三上午十点再联系您,祝您生活顺利,再见。", [
      { speaker: "agent", text: "那我这边先帮您登记分期申请,下周三给您回电话确认结果,可以吗?" },
      { speaker: "customer", text: "可以,谢谢。", party: "debtor" },
    ]);
    expect(analyseTurn(transcript, transcript.turns.length - 1).learned).toEqual([]);
  });

  it("weighs a turn exactly as its features were trained, in Chinese of every form and in English", () => {
    const reader = learnedReader();
    const context: TLearnedContext = { listener: { party: "third_party", relation: "parent", source: "transcript" }, ruleset: "cn", mustStop: ["crisis"], hardship: true };
    for (const line of [
      "你再不还,我们就打电话告诉你婆婆",
      "先 把 三千 还 了 好吧 呃 那个",
      "唔該你今日還咗佢啦,我哋冇辦法",
      "我理解 Mr. Chen 的难处, we won't call your boss again.",
      "Be a shame if the folks at your work got wind of this",
    ]) {
      const norm = buildTurnText(line, "zh-CN").norm;
      const sums = new Float64Array(LEARNED_CATEGORIES.length);
      weighTurn(norm, context, reader.tables, sums);
      LEARNED_CATEGORIES.forEach((category, at) => {
        const weights = reader.file.categories[category].weights;
        const expected = [...turnFeatures(norm, context)].reduce((total, feature) => total + (weights[feature] ?? 0), 0);
        expect(sums[at], `${line}: ${category}`).toBeCloseTo(expected, 9);
      });
    }
  });

  it("refuses a broken reader file, naming the file and what is wrong", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "parley-reader-")), "learned-reader.json");
    writeFileSync(file, JSON.stringify({ ...learnedReader().file, threshold: 2 }));
    expect(() => readLearnedReaderFile(file)).toThrow(/learned-reader\.json[\s\S]*threshold/);
    writeFileSync(file, "{ not json");
    expect(() => readLearnedReaderFile(file)).toThrow(/learned-reader\.json: .*JSON/);
  });
});
