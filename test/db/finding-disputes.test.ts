import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/accounts/create-user";
import type { TViewer } from "@/lib/auth/get-viewer";
import type { TRole } from "@/lib/auth/roles";
import { endPracticeCall } from "@/lib/calls/end-practice-call";
import { getTraineeCall } from "@/lib/calls/get-trainee-call";
import { playPracticeTurn } from "@/lib/calls/play-practice-turn";
import { startPracticeCall } from "@/lib/calls/start-practice-call";
import { decideDispute } from "@/lib/disputes/decide-dispute";
import { disputeFinding } from "@/lib/disputes/dispute-finding";
import { listCallDisputes } from "@/lib/disputes/list-call-disputes";
import { getTeamDashboard } from "@/lib/reports/get-team-dashboard";
import { importShippedScenarios } from "@/lib/scenario-store/import-shipped-scenarios";
import { ZScoreReport } from "@/lib/scoring/report-schema";
import { createTeam } from "@/lib/teams/create-team";
import { openTestDatabase } from "../support/test-database";

const database = await openTestDatabase();
const prisma = database.prisma;
const THREAT = "你再不还钱,我们就去你单位找你,让你同事都知道";
let trainee: TViewer;
let supervisor: TViewer;
let outsider: TViewer;
let callId: string;

async function person(username: string, role: TRole, teamIds: string[]): Promise<TViewer> {
  const user = await createUser(prisma, { input: { username, name: username, password: "password1", role, teamIds }, actorId: null });
  return { id: user.id, name: user.name, username, role, teamIds };
}

beforeAll(async () => {
  await importShippedScenarios(prisma);
  const team = await createTeam(prisma, { name: "Dispute team", actorId: null });
  const other = await createTeam(prisma, { name: "Other team", actorId: null });
  trainee = await person("disputing-trainee", "trainee", [team.id]);
  supervisor = await person("deciding-supervisor", "supervisor", [team.id]);
  outsider = await person("other-supervisor", "supervisor", [other.id]);
  ({ callId } = await startPracticeCall(prisma, { viewer: trainee, scenarioId: "zh-hardship-factory-shutdown" }));
  for (const text of ["喂,王建国吗?", THREAT]) {
    const { revision } = await getTraineeCall(prisma, { viewer: trainee, callId });
    await (await playPracticeTurn(prisma, { viewer: trainee, callId, text, revision })).done;
  }
  await endPracticeCall(prisma, { viewer: trainee, callId });
});
afterAll(async () => {
  await database.close();
  await database.target.dispose();
});

const rows = async () => (await listCallDisputes(prisma, { viewer: trainee, callId })).findings;

describe("disputed findings", () => {
  it("are rejected with a reply, or accepted: the finding withdrawn, the call rescored, the original kept, all audited and counted", async () => {
    const findings = await rows();
    const threat = findings.find((finding) => finding.ruleId === "CN-THREAT")!;
    const other = findings.find((finding) => finding.severity !== "positive" && finding.ruleId !== "CN-THREAT")!;
    const strength = findings.find((finding) => finding.severity === "positive");
    const before = (await getTraineeCall(prisma, { viewer: trainee, callId })).report!;
    expect(before.scores.overall).toBeLessThanOrEqual(40);

    // The trainee disputes two faults; a strength, a second dispute and another trainee's try are refused.
    const threatDispute = await disputeFinding(prisma, { viewer: trainee, callId, input: { findingId: threat.id, reason: "我是在说明后果,不是威胁。" } });
    const otherDispute = await disputeFinding(prisma, { viewer: trainee, callId, input: { findingId: other.id, reason: "I did say who I was." } });
    await expect(disputeFinding(prisma, { viewer: trainee, callId, input: { findingId: threat.id, reason: "again" } })).rejects.toThrow(/already disputed/);
    if (strength) await expect(disputeFinding(prisma, { viewer: trainee, callId, input: { findingId: strength.id, reason: "x" } })).rejects.toThrow(/strength/);
    await expect(disputeFinding(prisma, { viewer: { ...trainee, id: supervisor.id }, callId, input: { findingId: threat.id, reason: "x" } })).rejects.toThrow(/No such call/);

    // Only the trainee's own teams decide; a rejection needs a reply.
    await expect(decideDispute(prisma, { viewer: outsider, disputeId: threatDispute.id, input: { decision: "accept" } })).rejects.toThrow(/team you do not supervise/);
    await expect(decideDispute(prisma, { viewer: supervisor, disputeId: otherDispute.id, input: { decision: "reject" } })).rejects.toThrow();
    await decideDispute(prisma, { viewer: supervisor, disputeId: otherDispute.id, input: { decision: "reject", reply: "录音里没有自报家门。" } });
    await expect(decideDispute(prisma, { viewer: supervisor, disputeId: otherDispute.id, input: { decision: "accept" } })).rejects.toThrow(/already decided/);

    const accepted = await decideDispute(prisma, { viewer: supervisor, disputeId: threatDispute.id, input: { decision: "accept" } });
    const after = (await getTraineeCall(prisma, { viewer: trainee, callId })).report!;
    expect(after.findings.map((finding) => finding.ruleId)).not.toContain("CN-THREAT");
    expect(after.scores.overall).toBeGreaterThan(before.scores.overall);
    expect(accepted.overall).toBe(after.scores.overall);
    const stored = await prisma.scoreReport.findUniqueOrThrow({ where: { callId } });
    expect(stored.overall).toBe(after.scores.overall);
    expect(ZScoreReport.parse(stored.originalReport)).toEqual(before);
    expect((await rows()).find((finding) => finding.id === threat.id)!.withdrawn).toBe(true);

    const { disputes } = await listCallDisputes(prisma, { viewer: supervisor, callId });
    expect(disputes.map(({ status, reply, decidedBy }) => ({ status, reply, decidedBy }))).toEqual([
      { status: "accepted", reply: null, decidedBy: "deciding-supervisor" },
      { status: "rejected", reply: "录音里没有自报家门。", decidedBy: "deciding-supervisor" },
    ]);
    const dashboard = await getTeamDashboard(prisma, { viewer: supervisor, filter: {} });
    expect(dashboard.overridden).toBe(1);
    expect(dashboard.rulesBroken.map((rule) => rule.ruleId)).not.toContain("CN-THREAT");
    const audit = await prisma.auditEntry.findMany({ where: { entityType: "finding" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["finding.dispute", "finding.dispute", "finding.dispute_reject", "finding.dispute_accept"]);
  });
});
