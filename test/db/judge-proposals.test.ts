import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideJudgeProposal } from "@/lib/disputes/decide-judge-proposal";
import { listJudgeProposals } from "@/lib/disputes/list-judge-proposals";
import { AppError } from "@/lib/errors/app-error";
import { getTeamDashboard } from "@/lib/reports/get-team-dashboard";
import { REPORT_SELECT, toScoreReport } from "@/lib/reports/stored-report";
import { type TFinding, ZScoreReport } from "@/lib/scoring/report-schema";
import { scoreTranscript } from "@/lib/scoring/score-transcript";
import { call, missedThreat } from "../judge/judge-call";
import { seedScoredCall, seedTwoTeams } from "../support/seed-results";
import { openTestDatabase } from "../support/test-database";

const database = await openTestDatabase();
afterAll(async () => {
  await database.close();
  await database.target.dispose();
});
const { prisma } = database;

/** The judge's proposal as a judged report stores it: checked, and marked as the judge's. */
const proposal: TFinding = { ...missedThreat, ruleId: "CN-THREAT", suggestion: "说明真实的后果和可选的还款方案。", source: "llm_judge" };
const key = { turn: proposal.turn, category: proposal.category, ruleId: proposal.ruleId, evidence: proposal.evidence };
const scored = scoreTranscript(call);
const judged = { ...scored, findings: [...scored.findings, proposal] };

let world: Awaited<ReturnType<typeof seedTwoTeams>>;
let accepted: string;
let rejected: string;

beforeAll(async () => {
  world = await seedTwoTeams(prisma);
  const seed = async (at: string) =>
    (await seedScoredCall(prisma, { traineeId: world.a1.id, scenarioId: "zh-timid-says-yes", turns: call.turns, at: new Date(at), report: judged })).callId;
  accepted = await seed("2026-11-20T10:00:00Z");
  rejected = await seed("2026-11-21T10:00:00Z");
});

const threats = async () => (await getTeamDashboard(prisma, { viewer: world.supervisorA, filter: {} })).rulesBroken.find((rule) => rule.ruleId === "CN-THREAT")?.faults ?? 0;

describe("the LLM judge's proposals, decided by a supervisor", () => {
  it("are listed as open proposals that count for nothing until decided", async () => {
    const { open, decided } = await listJudgeProposals(prisma, { viewer: world.supervisorA, callId: accepted });
    expect([open.map((finding) => [finding.turn, finding.ruleId]), decided]).toEqual([[[4, "CN-THREAT"]], []]);
    expect(await prisma.finding.count({ where: { report: { callId: accepted }, turn: 4 } })).toBe(0);
  });

  it("are decided only by staff of the trainee's team", async () => {
    for (const viewer of [world.supervisorB, world.a1]) {
      const error = await decideJudgeProposal(prisma, { viewer, callId: accepted, input: { ...key, decision: "accept" } }).catch((caught: unknown) => caught);
      expect([error instanceof AppError, (error as AppError).code]).toEqual([true, "forbidden"]);
    }
  });

  it("once accepted, count as a finding: a row, the scores computed again, the original kept, audited, counted on the dashboard", async () => {
    const before = await threats();
    const result = await decideJudgeProposal(prisma, { viewer: world.supervisorA, callId: accepted, input: { ...key, decision: "accept" } });
    expect(result.status).toBe("accepted");

    const stored = await prisma.scoreReport.findUniqueOrThrow({ where: { callId: accepted }, select: { ...REPORT_SELECT, originalReport: true } });
    const report = toScoreReport(stored);
    const finding = report.findings.find((candidate) => candidate.turn === 4 && candidate.ruleId === "CN-THREAT")!;
    expect(finding.source).toBeUndefined();
    expect(report.scores.compliance).toBeLessThan(judged.scores.compliance);
    expect(stored.compliance).toBe(report.scores.compliance);
    expect(ZScoreReport.parse(stored.originalReport).scores).toEqual(judged.scores);
    expect(await prisma.finding.count({ where: { report: { callId: accepted }, turn: 4, ruleId: "CN-THREAT", withdrawn: false } })).toBe(1);
    expect(await threats()).toBe(before + 1);
    expect((await getTeamDashboard(prisma, { viewer: world.supervisorA, filter: {} })).proposalsAccepted).toBe(1);

    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { action: "finding.proposal_accept", entityId: accepted } });
    expect(audit.actorId).toBe(world.supervisorA.id);
    const { open, decided } = await listJudgeProposals(prisma, { viewer: world.supervisorA, callId: accepted });
    expect([open, decided.map((row) => [row.status, row.decidedBy])]).toEqual([[], [["accepted", "sup-a"]]]);
    // Decided once: a second decision is refused and changes nothing.
    await expect(decideJudgeProposal(prisma, { viewer: world.supervisorA, callId: accepted, input: { ...key, decision: "reject", reply: "改主意了" } })).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("once rejected, stay a proposal that counts for nothing, with the reason", async () => {
    await expect(decideJudgeProposal(prisma, { viewer: world.supervisorA, callId: rejected, input: { ...key, decision: "reject" } })).rejects.toThrow();
    const before = await threats();
    await decideJudgeProposal(prisma, { viewer: world.supervisorA, callId: rejected, input: { ...key, decision: "reject", reply: "这句话是在讲事实,不是恐吓。" } });
    const stored = await prisma.scoreReport.findUniqueOrThrow({ where: { callId: rejected } });
    expect([stored.compliance, stored.originalReport]).toEqual([judged.scores.compliance, null]);
    expect(await prisma.finding.count({ where: { report: { callId: rejected }, turn: 4 } })).toBe(0);
    expect(await threats()).toBe(before);
    const { open, decided } = await listJudgeProposals(prisma, { viewer: world.supervisorA, callId: rejected });
    expect([open, decided.map((row) => [row.status, row.reply])]).toEqual([[], [["rejected", "这句话是在讲事实,不是恐吓。"]]]);
    expect(await prisma.auditEntry.count({ where: { action: "finding.proposal_reject", entityId: rejected } })).toBe(1);
  });

  it("refuses a proposal the report does not hold", async () => {
    await expect(decideJudgeProposal(prisma, { viewer: world.supervisorA, callId: accepted, input: { ...key, evidence: "没有这句话", decision: "accept" } })).rejects.toMatchObject(
      { code: "not_found" },
    );
  });
});
