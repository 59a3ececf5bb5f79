import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { ABANDONED, NOT_HELD } from "@/lib/calls/unscored-outcomes";
import { simulateCall } from "@/lib/conversation/simulate-call";
import { AppError } from "@/lib/errors/app-error";
import { getTeamDashboard } from "@/lib/reports/get-team-dashboard";
import { getScenarioResults } from "@/lib/reports/get-scenario-results";
import { listLatestScenarios } from "@/lib/scenario-store/list-latest-scenarios";
import { teachingScripts } from "@/lib/scenario-store/teaching-scripts";
import { seedScoredCall, seedTwoTeams } from "../support/seed-results";
import { openTestDatabase } from "../support/test-database";

const database = await openTestDatabase();
afterAll(async () => {
  await database.close();
  await database.target.dispose();
});
const { prisma } = database;

const SCENARIO = "zh-guilty-cooperative-restaurant-worker";
let world: Awaited<ReturnType<typeof seedTwoTeams>>;
const disclosedBy: Record<string, string[]> = {};

/** A call played by the offline customer with a teaching script and stored with its real machine state, as the call engine stores one. */
async function playAndStore(traineeId: string, kind: "excellent" | "average" | "abusive", at: string) {
  const stored = (await listLatestScenarios(prisma)).find((candidate) => candidate.scenarioId === SCENARIO)!;
  const script = (await teachingScripts(stored.scenario)).find((candidate) => candidate.kind === kind)!;
  const call = await simulateCall(stored.scenario, script.lines, { seed: 5 });
  const { callId } = await seedScoredCall(prisma, { traineeId, scenarioId: SCENARIO, turns: call.transcript.turns, at: new Date(at), outcome: call.outcome, report: call.report });
  const last = await prisma.callTurn.findFirstOrThrow({ where: { callId, speaker: "customer" }, orderBy: { index: "desc" } });
  await prisma.callTurn.update({ where: { id: last.id }, data: { snapshot: call.state.persona as unknown as Prisma.InputJsonValue } });
  disclosedBy[kind] = call.persona.disclosed;
  return call;
}

beforeAll(async () => {
  world = await seedTwoTeams(prisma);
  const { a1, a2, b1 } = world;
  await playAndStore(a1.id, "excellent", "2026-11-20T10:00:00Z");
  await playAndStore(a1.id, "abusive", "2026-11-21T10:00:00Z");
  await playAndStore(a2.id, "abusive", "2026-11-22T10:00:00Z");
  // Another team's trainee: never in Team A's figures.
  await playAndStore(b1.id, "excellent", "2026-11-22T11:00:00Z");
  // Calls without a report: one ended before a word was said, one abandoned. Counted apart, in no figure.
  const version = await prisma.scenarioVersion.findFirstOrThrow({ where: { scenarioId: SCENARIO }, orderBy: { version: "desc" } });
  for (const outcome of [NOT_HELD, NOT_HELD, ABANDONED]) {
    await prisma.practiceCall.create({ data: { traineeId: a2.id, scenarioVersionId: version.id, status: "ended", outcome, seed: 1 } });
  }
});

describe("per-scenario results", () => {
  it("counts the trainees who attempted it and the pass rate of scored calls only, as the dashboard does", async () => {
    const results = await getScenarioResults(prisma, { viewer: world.supervisorA, scenarioId: SCENARIO });
    expect({ trainees: results.trainees, calls: results.calls, passed: results.passed, passRate: results.passRate }).toEqual({ trainees: 2, calls: 3, passed: 1, passRate: 1 / 3 });
    expect({ notHeld: results.notHeld, abandoned: results.abandoned }).toEqual({ notHeld: 2, abandoned: 1 });
    const dashboard = await getTeamDashboard(prisma, { viewer: world.supervisorA, filter: { scenarioId: SCENARIO } });
    expect({ calls: dashboard.calls, passRate: dashboard.passRate }).toEqual({ calls: results.calls, passRate: results.passRate });
    expect(results.title.zh).toBe("一接电话就道歉的陈秀英");
  });

  it("lists the rules broken most, from the abusive calls", async () => {
    const { rulesBroken } = await getScenarioResults(prisma, { viewer: world.supervisorA, scenarioId: SCENARIO });
    expect(rulesBroken.length).toBeGreaterThan(0);
    expect(rulesBroken[0]!.calls).toBe(2);
    expect(rulesBroken.every((rule) => rule.ruleId.startsWith("CN-"))).toBe(true);
  });

  it("counts per hidden fact the calls that never brought it out, most missed first", async () => {
    const { factsMissed } = await getScenarioResults(prisma, { viewer: world.supervisorA, scenarioId: SCENARIO });
    expect(disclosedBy.excellent!.length).toBeGreaterThan(0);
    expect(disclosedBy.abusive).toEqual([]);
    expect(factsMissed.map((fact) => fact.id).sort()).toEqual(["brother-loan", "can-pay-after-payday", "daughter-tuition", "husband-stroke", "medical-costs"]);
    for (const fact of factsMissed) {
      expect(fact.calls).toBe(3);
      expect(fact.missed).toBe(disclosedBy.excellent!.includes(fact.id) ? 2 : 3);
    }
    expect(factsMissed[0]!.missed).toBe(3);
    expect(factsMissed.find((fact) => fact.id === "husband-stroke")!.fact).toContain("中风");
  });

  it("keeps to the viewer's teams, and refuses another team's filter", async () => {
    const b = await getScenarioResults(prisma, { viewer: world.supervisorB, scenarioId: SCENARIO });
    expect({ trainees: b.trainees, calls: b.calls, passed: b.passed, notHeld: b.notHeld }).toEqual({ trainees: 1, calls: 1, passed: 1, notHeld: 0 });
    await expect(getScenarioResults(prisma, { viewer: world.supervisorB, scenarioId: SCENARIO, teamId: world.teamA })).rejects.toBeInstanceOf(AppError);
    await expect(getScenarioResults(prisma, { viewer: world.supervisorA, scenarioId: "no-such-scenario" })).rejects.toMatchObject({ code: "not_found" });
  });
});
