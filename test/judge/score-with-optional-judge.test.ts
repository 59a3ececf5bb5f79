import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scoreWithOptionalJudge } from "@/lib/judge/score-with-optional-judge";
import { scoreTranscript } from "@/lib/scoring/score-transcript";
import { startOpenAiTestServer, type TOpenAiTestServer } from "@/test/support/openai-test-server";
import { call, judgeAnswer, missedThreat } from "./judge-call";

let server: TOpenAiTestServer;

beforeAll(async () => {
  server = await startOpenAiTestServer(() => ({ kind: "text", text: judgeAnswer({ findings: [missedThreat] }) }));
});
afterAll(() => server.close());

const llm = () => ({ baseURL: server.url, apiKey: "test-key", model: "judge-model", timeoutMs: 20_000, firstByteTimeoutMs: 20_000 });

describe("scoreWithOptionalJudge", () => {
  it("asks the judge when told to, with the given model", async () => {
    const before = server.requests.length;
    const report = await scoreWithOptionalJudge(call, { judge: true, llm: llm() });

    expect(server.requests).toHaveLength(before + 1);
    expect(report.findings).toContainEqual(expect.objectContaining({ turn: 4, source: "llm_judge" }));
    expect(report.review?.judge).toMatchObject({ model: "judge-model", added: 1 });
  });

  it("is the deterministic report, without a request, when the judge is off", async () => {
    const before = server.requests.length;

    await expect(scoreWithOptionalJudge(call, { judge: false, llm: llm(), fallbackId: "x" })).resolves.toEqual(scoreTranscript(call, { fallbackId: "x" }));
    expect(server.requests).toHaveLength(before);
  });

  it("passes the report language to the scorer and the judge", async () => {
    const report = await scoreWithOptionalJudge(call, { judge: true, llm: llm(), language: "en" });

    expect(report.findings.find((finding) => finding.ruleId === "CN-THREAT" && !finding.source)).toEqual(
      scoreTranscript(call, { language: "en" }).findings.find((finding) => finding.ruleId === "CN-THREAT"),
    );
    expect((server.requests.at(-1)!.body.messages[0] as { content: string }).content).toContain("Write explanations and reasons in English");
  });
});
