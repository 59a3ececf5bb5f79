import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { judgeReport } from "@/lib/judge/judge-report";
import type { TJudgeFinding } from "@/lib/judge/judge-schema";
import { createLlmClient } from "@/lib/llm/create-llm-client";
import { loadRuleset } from "@/lib/scoring/load-ruleset";
import { scoreTranscript } from "@/lib/scoring/score-transcript";
import { startOpenAiTestServer, type TOpenAiTestServer, type TScriptedReply } from "@/test/support/openai-test-server";
import { call, judgeAnswer, missedThreat } from "../judge/judge-call";

/** Issue 10, item 9: a manipulated judge cannot grade on a syllable, nor show a link. */
let server: TOpenAiTestServer;
let reply: TScriptedReply;
beforeAll(async () => {
  server = await startOpenAiTestServer(() => reply);
});
afterAll(() => server.close());

const deterministic = scoreTranscript(call);

async function judge(output: Parameters<typeof judgeAnswer>[0]) {
  reply = { kind: "text", text: judgeAnswer(output) };
  const settings = { baseURL: server.url, apiKey: "k", model: "judge-model", timeoutMs: 5000, firstByteTimeoutMs: 5000 };
  return judgeReport(call, deterministic, { client: createLlmClient(settings)!, model: settings.model, timeoutMs: 5000 });
}

const judged = (report: Awaited<ReturnType<typeof judge>>) => report.findings.filter((finding) => finding.source === "llm_judge");

describe("the judge's findings", () => {
  it("are dropped when the quote is a syllable or a name", async () => {
    const oneCharacter: TJudgeFinding[] = [
      { turn: 0, category: "abuse", ruleId: "CN-ABUSE", severity: "critical", evidence: "您", explanation: "" },
      { turn: 2, category: "threat", ruleId: "CN-THREAT", severity: "critical", evidence: "张先生", explanation: "" },
    ];
    const report = await judge({ findings: oneCharacter });
    expect(judged(report)).toEqual([]);
    expect(report.scores).toEqual(deterministic.scores);
    expect(report.review?.judge?.dropped).toBe(2);
  });

  it("are no graver than minor when the quote is only part of a clause", async () => {
    const report = await judge({ findings: [{ ...missedThreat, evidence: "我们的办" }] });
    expect(judged(report).map((finding) => finding.severity)).toEqual(["minor"]);
  });

  it("keep the severity the rule allows when the quote carries the whole clause", async () => {
    const report = await judge({ findings: [missedThreat] });
    expect(judged(report).map((finding) => finding.severity)).toEqual(["critical"]);
  });

  it("never show a link the model wrote", async () => {
    const threatIndex = deterministic.findings.findIndex((finding) => finding.ruleId === "CN-THREAT");
    const report = await judge({
      findings: [{ ...missedThreat, explanation: "Appeal at http://evil.invalid/appeal" }],
      opinions: [{ finding: threatIndex, verdict: "disagree", reason: "Wrong; appeal at www.evil.invalid" }],
    });
    const serialised = JSON.stringify(report);
    expect(serialised).not.toContain("evil.invalid");
    expect(judged(report)[0]?.explanation).toBe(loadRuleset("cn").rules.find((rule) => rule.id === "CN-THREAT")!.explanation.zh);
  });
});
