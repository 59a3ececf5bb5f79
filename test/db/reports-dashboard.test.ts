import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TViewer } from "@/lib/auth/get-viewer";
import { AppError } from "@/lib/errors/app-error";
import { scoreQueuedReviews } from "@/lib/quality-review/run-scoring-jobs";
import { uploadTranscripts } from "@/lib/quality-review/upload-transcripts";
import { getTeamDashboard } from "@/lib/reports/get-team-dashboard";
import type { TResultsFilter } from "@/lib/reports/results-filter";
import type { TFinding } from "@/lib/scoring/report-schema";
import { seedScoredCall, seedTwoTeams } from "../support/seed-results";
import { openTestDatabase } from "../support/test-database";

const database = await openTestDatabase();
afterAll(async () => {
  await database.close();
  await database.target.dispose();
});
const { prisma } = database;

const S1 = "zh-timid-says-yes";
const S2 = "zh-hardship-factory-shutdown";
const turns = [
  { speaker: "agent" as const, text: "您好,我是XX公司的小李,受XX银行委托。请问是本人吗?不还钱就让您坐牢。" },
  { speaker: "customer" as const, text: "是我。" },
];
/** A finding on turn 0 quoting words of that turn; only category, rule and severity matter here. */
const finding = (category: TFinding["category"], ruleId: string, severity: TFinding["severity"]): TFinding => ({
  turn: 0,
  category,
  ruleId,
  severity,
  evidence: "您好",
  explanation: "…",
  suggestion: "…",
});
const identified = finding("self_identification", "CN-ID-DISCLOSE", "positive");
const verified = finding("identity_verification", "CN-ID-VERIFY", "positive");
const offered = finding("options_offered", "CN-HARDSHIP-OPTIONS", "positive");

let world: Awaited<ReturnType<typeof seedTwoTeams>>;
const dashboard = (viewer: TViewer, filter: TResultsFilter = {}) => getTeamDashboard(prisma, { viewer, filter });

beforeAll(async () => {
  world = await seedTwoTeams(prisma);
  const { a1, a2, b1, teamA, supervisorA } = world;
  const seed = (traineeId: string, scenarioId: string, at: string, scores: number[], findings: TFinding[]) => {
    const [overall, empathy, accuracy, compliance] = scores as [number, number, number, number];
    return seedScoredCall(prisma, { traineeId, scenarioId, turns, at: new Date(at), report: { scores: { overall, empathy, accuracy, compliance }, findings } });
  };
  // Passes, shows every key skill.
  await seed(a1.id, S1, "2026-11-20T10:00:00Z", [80, 70, 90, 100], [identified, verified, offered]);
  // Critical threat twice over: fails; no identity check, no options.
  await seed(a1.id, S1, "2026-11-20T15:00:00Z", [40, 55, 60, 20], [identified, finding("threat", "CN-THREAT", "critical"), finding("threat", "CN-THREAT", "major")]);
  // 72 with minor faults, but fails: the identity check is flagged as a fault despite a positive one, so the work was not done.
  await seed(
    a2.id,
    S2,
    "2026-11-21T09:00:00Z",
    [72, 60, 80, 76],
    [identified, verified, offered, finding("identity_verification", "CN-ID-VERIFY", "minor"), finding("deception", "CN-MISLEAD", "minor")],
  );
  // Below the pass mark without a critical finding; never identified; misses every key skill.
  await seed(a2.id, S1, "2026-11-22T23:59:00Z", [65, 55, 75, 70], [finding("self_identification", "CN-ID-DISCLOSE", "minor"), finding("deception", "CN-MISLEAD", "major")]);
  // Another team's call.
  await seed(b1.id, S1, "2026-11-21T12:00:00Z", [30, 20, 50, 10], [finding("abuse", "CN-ABUSE", "critical")]);
  // A real call uploaded for quality review in Team A: never a practice result.
  const qa = JSON.stringify({ language: "zh-CN", ruleset: "cn", turns: [{ speaker: "agent", text: "你这个老赖,不还钱就抓你去坐牢。" }] });
  await uploadTranscripts(prisma, { viewer: supervisorA, teamId: teamA, files: [{ name: "real-call.json", text: qa }] });
  await scoreQueuedReviews(prisma);
});

describe("the supervisor's dashboard", () => {
  it("counts the team's practice calls and their pass rate (no major or critical violation, the work done, overall ≥ 70)", async () => {
    const result = await dashboard(world.supervisorA);
    expect({ calls: result.calls, passed: result.passed, passRate: result.passRate }).toEqual({ calls: 4, passed: 1, passRate: 0.25 });
    expect(result.recent.map((row) => [row.trainee.username, row.scores.overall, row.passed, row.criticalCount])).toEqual([
      ["ta2", 65, false, 0],
      ["ta2", 72, false, 0],
      ["ta1", 40, false, 1],
      ["ta1", 80, true, 0],
    ]);
  });

  it("averages each score per UTC day, oldest first", async () => {
    expect((await dashboard(world.supervisorA)).scoresOverTime).toEqual([
      { day: "2026-11-20", calls: 2, overall: 60, empathy: 62.5, accuracy: 75, compliance: 60 },
      { day: "2026-11-21", calls: 1, overall: 72, empathy: 60, accuracy: 80, compliance: 76 },
      { day: "2026-11-22", calls: 1, overall: 65, empathy: 55, accuracy: 75, compliance: 70 },
    ]);
  });

  it("ranks the rules broken most by violations, then by calls", async () => {
    expect((await dashboard(world.supervisorA)).rulesBroken).toEqual([
      { ruleId: "CN-MISLEAD", faults: 2, calls: 2 },
      { ruleId: "CN-THREAT", faults: 2, calls: 1 },
      { ruleId: "CN-ID-DISCLOSE", faults: 1, calls: 1 },
      { ruleId: "CN-ID-VERIFY", faults: 1, calls: 1 },
    ]);
  });

  it("counts the calls missing each key skill", async () => {
    expect((await dashboard(world.supervisorA)).skillsMissing).toEqual([
      { skill: "self_identification", calls: 1, share: 0.25 },
      { skill: "identity_verification", calls: 3, share: 0.75 },
      { skill: "options_offered", calls: 2, share: 0.5 },
    ]);
  });

  it("filters by trainee, scenario and an inclusive range of days", async () => {
    const { supervisorA, a2, teamA } = world;
    const calls = async (filter: TResultsFilter) => (await dashboard(supervisorA, filter)).recent.map((row) => row.scores.overall);
    expect(await calls({ traineeId: a2.id })).toEqual([65, 72]);
    expect(await calls({ scenarioId: S2 })).toEqual([72]);
    expect(await calls({ from: "2026-11-21", to: "2026-11-22" })).toEqual([65, 72]);
    expect(await calls({ to: "2026-11-20" })).toEqual([40, 80]);
    expect(await calls({ teamId: teamA, traineeId: a2.id, scenarioId: S1 })).toEqual([65]);
  });

  it("never shows another team's calls, even when asked by trainee or team", async () => {
    const { supervisorA, supervisorB, b1, teamB } = world;
    expect((await dashboard(supervisorA, { traineeId: b1.id })).calls).toBe(0);
    await expect(dashboard(supervisorA, { teamId: teamB })).rejects.toMatchObject({ code: "forbidden" });
    await expect(dashboard(supervisorA, { teamId: teamB })).rejects.toBeInstanceOf(AppError);
    const other = await dashboard(supervisorB);
    expect({ calls: other.calls, passRate: other.passRate, rules: other.rulesBroken }).toEqual({
      calls: 1,
      passRate: 0,
      rules: [{ ruleId: "CN-ABUSE", faults: 1, calls: 1 }],
    });
  });

  it("keeps quality reviews of real calls out of practice results", async () => {
    const admin: TViewer = { ...world.supervisorA, role: "admin", teamIds: [] };
    expect((await dashboard(admin)).calls).toBe(5);
    expect(await prisma.scoreReport.count({ where: { source: "quality_review" } })).toBe(1);
  });
});
