import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAssignments } from "@/lib/assignments/list-assignments";
import { getTraineeProgress } from "@/lib/progress/get-trainee-progress";
import { compareAttempts } from "@/lib/progress/compare-attempts";
import { getScenarioResults } from "@/lib/reports/get-scenario-results";
import { getTeamDashboard } from "@/lib/reports/get-team-dashboard";
import { listResults } from "@/lib/reports/list-results";
import { listTraineeScenarios } from "@/lib/scenario-store/list-trainee-scenarios";
import type { TTurn } from "@/lib/transcript/transcript-schema";
import { seedScoredCall, seedTwoTeams } from "../support/seed-results";
import { openTestDatabase } from "../support/test-database";

/**
 * Issue 12, item 11 with issue 14, item 6: a call in which the trainee did none of the call's work and
 * broke no rule (a hello, then the end) was never really held. The scorer cannot pass it; it is not a
 * fail either. Every figure counts it apart, as it counts a call ended before a word.
 */
const database = await openTestDatabase();
afterAll(async () => {
  await database.close();
  await database.target.dispose();
});
const { prisma } = database;

const SCENARIO = "zh-timid-says-yes";
const agent = (text: string): TTurn => ({ speaker: "agent", text });
const customer = (text: string): TTurn => ({ speaker: "customer", party: "debtor", text });
/** Dialled, said hello, ended: the scorer finds only the work left undone. */
const hello = [customer("喂?"), agent("喂"), customer("喂?哪位?")];
/** Said who is calling and checked who listens, then stopped: work done in part, a real fail. */
const stopped = [
  customer("喂?"),
  agent("您好,我是安信催收的小李,受招商银行委托,请问是王芳女士本人吗?"),
  customer("是我。"),
  agent("为了核实身份,请您说一下身份证后四位。"),
  customer("1234"),
];
/** One line, a threat: held, and a fail. */
const threat = [customer("喂?"), agent("你再不还钱,我们就去你单位找你,让你同事都知道"), customer("你们想干什么?")];

let world: Awaited<ReturnType<typeof seedTwoTeams>>;
let helloCallId: string;

beforeAll(async () => {
  world = await seedTwoTeams(prisma);
  const seed = (traineeId: string, turns: TTurn[], at: string) => seedScoredCall(prisma, { traineeId, scenarioId: SCENARIO, turns, at: new Date(at) });
  // A passing call: the work done, nothing broken.
  await seedScoredCall(prisma, {
    traineeId: world.a1.id,
    scenarioId: SCENARIO,
    turns: stopped,
    at: new Date("2026-11-20T09:00:00Z"),
    report: {
      scores: { overall: 90, empathy: 80, accuracy: 100, compliance: 100 },
      findings: [{ turn: 1, category: "self_identification", ruleId: "CN-ID-DISCLOSE", severity: "positive", evidence: "我是安信催收的小李", explanation: "…", suggestion: "…" }],
    },
  });
  await seed(world.a1.id, stopped, "2026-11-20T10:00:00Z");
  await seed(world.a1.id, threat, "2026-11-20T11:00:00Z");
  helloCallId = (await seed(world.a1.id, hello, "2026-11-20T12:00:00Z")).callId;
  // Trainee a2's only call on the scenario is a hello.
  await seed(world.a2.id, hello, "2026-11-20T13:00:00Z");
  await prisma.assignment.create({ data: { scenarioId: SCENARIO, traineeId: world.a2.id, createdAt: new Date("2026-11-01T00:00:00Z") } });
});

describe("a scored call never really held", () => {
  it("is what the scorer's findings say of a hello: no work done, no rule broken; a call with some work or a broken rule was held", async () => {
    const results = await listResults(prisma, { viewer: world.supervisorA, filter: { traineeId: world.a1.id } });
    expect(results.map(({ passed, held }) => ({ passed, held }))).toEqual([
      { passed: false, held: false },
      { passed: false, held: true },
      { passed: false, held: true },
      { passed: true, held: true },
    ]);
    // Why it is not held: the scorer's own reasons, every one of them work left undone.
    expect(results[0]!.failReasons).toContain("no_next_step");
    expect(results[0]!.failReasons.every((reason) => ["not_identified", "not_verified", "situation_not_explored", "no_next_step"].includes(reason))).toBe(true);
    expect(results[1]!.failReasons).toContain("critical_violation");
  });

  it("is counted apart on the dashboard: neither in the calls nor in the pass rate nor in any figure", async () => {
    const dashboard = await getTeamDashboard(prisma, { viewer: world.supervisorA, filter: {} });
    expect({ calls: dashboard.calls, notHeld: dashboard.notHeld, passed: dashboard.passed, passRate: dashboard.passRate }).toEqual({
      calls: 3,
      notHeld: 2,
      passed: 1,
      passRate: 1 / 3,
    });
    // The day's mean is of the calls held: the hellos' 83 is no score of a call.
    expect(dashboard.scoresOverTime.map(({ calls }) => calls)).toEqual([3]);
    expect(dashboard.skillsMissing.find((skill) => skill.skill === "options_offered")?.calls).toBe(3);
    // Still listed among the latest calls, where a supervisor sees it as such.
    expect(dashboard.recent.filter((row) => !row.held).map((row) => row.callId)).toContain(helloCallId);
  });

  it("is no attempt, no best score and no completed assignment for the trainee, and no point on their progress", async () => {
    const attempts = async (viewer: typeof world.a1) => (await listTraineeScenarios(prisma, viewer)).find((row) => row.id === SCENARIO)!;
    expect(await attempts(world.a1)).toMatchObject({ attempts: 3, bestScore: 90 });
    expect(await attempts(world.a2)).toMatchObject({ attempts: 0, bestScore: null });
    const assignment = (await listAssignments(prisma, world.supervisorA)).find((row) => row.trainee?.id === world.a2.id)!;
    expect(assignment.completion).toEqual({ done: 0, total: 1 });

    const progress = await getTraineeProgress(prisma, { viewer: world.a1, locale: "zh-CN" });
    expect({ scoredCalls: progress.scoredCalls, notHeld: progress.notHeld, passed: progress.passed, points: progress.scoresOverTime.length }).toEqual({
      scoredCalls: 3,
      notHeld: 1,
      passed: 1,
      points: 3,
    });
    expect((await compareAttempts(prisma, { viewer: world.a1, scenarioId: SCENARIO })).attempts.map((attempt) => attempt.callId)).not.toContain(helloCallId);
  });

  it("is counted apart in the scenario's results, with the calls ended before a word", async () => {
    const results = await getScenarioResults(prisma, { viewer: world.supervisorA, scenarioId: SCENARIO });
    expect({ trainees: results.trainees, calls: results.calls, passRate: results.passRate, notHeld: results.notHeld }).toEqual({
      trainees: 1,
      calls: 3,
      passRate: 1 / 3,
      notHeld: 2,
    });
  });
});
