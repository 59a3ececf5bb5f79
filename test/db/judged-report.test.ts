import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { judgeReport } from "@/lib/judge/judge-report";
import { createLlmClient } from "@/lib/llm/create-llm-client";
import { getCallReview } from "@/lib/reports/get-call-review";
import { scoreTranscript } from "@/lib/scoring/score-transcript";
import { call, judgeAnswer, missedThreat } from "../judge/judge-call";
import { startOpenAiTestServer, type TOpenAiTestServer } from "../support/openai-test-server";
import { seedScoredCall, seedTwoTeams } from "../support/seed-results";
import { openTestDatabase } from "../support/test-database";

const database = await openTestDatabase();
const { prisma } = database;
let server: TOpenAiTestServer;
beforeAll(async () => {
  server = await startOpenAiTestServer(() => ({ kind: "text", text: judgeAnswer({ findings: [missedThreat] }) }));
});
afterAll(async () => {
  await server.close();
  await database.close();
  await database.target.dispose();
});

describe("a report with the LLM judge's second opinion", () => {
  it("is stored and read back with the judge's finding marked as such", async () => {
    const world = await seedTwoTeams(prisma);
    const settings = { baseURL: server.url, apiKey: "test-key", model: "judge-model", timeoutMs: 20_000, firstByteTimeoutMs: 20_000 };
    const judged = await judgeReport(call, scoreTranscript(call), { client: createLlmClient(settings)!, model: settings.model, timeoutMs: 20_000 });
    expect(judged.findings.some((finding) => finding.source === "llm_judge")).toBe(true);

    const { callId } = await seedScoredCall(prisma, {
      traineeId: world.a1.id,
      scenarioId: "zh-timid-says-yes",
      turns: call.turns,
      at: new Date("2026-11-20T10:00:00Z"),
      report: judged,
    });
    const review = await getCallReview(prisma, { viewer: world.supervisorA, callId });
    expect(review.report!.findings).toContainEqual(expect.objectContaining({ turn: 4, ruleId: "CN-THREAT", source: "llm_judge", evidence: missedThreat.evidence }));
    // A proposal, not a result: it decides neither pass/fail nor the per-rule statistics.
    expect(await prisma.finding.count({ where: { report: { callId }, turn: 4, ruleId: "CN-THREAT" } })).toBe(0);
    expect(review.report!.criticalCount).toBe(scoreTranscript(call).findings.filter((finding) => finding.severity === "critical").length);
  });
});
