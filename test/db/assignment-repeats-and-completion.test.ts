import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/accounts/create-user";
import { createAssignment } from "@/lib/assignments/create-assignment";
import { listAssignments } from "@/lib/assignments/list-assignments";
import type { TViewer } from "@/lib/auth/get-viewer";
import { ABANDONED, NOT_HELD } from "@/lib/calls/unscored-outcomes";
import { AppError } from "@/lib/errors/app-error";
import { saveScenarioSource } from "@/lib/scenario-store/save-scenario-source";
import { createTeam } from "@/lib/teams/create-team";
import { seedScoredCall } from "../support/seed-results";
import { databaseForThisFile } from "../support/test-database";

/** Issue 13, item 6: a repeated assignment is refused with the names it repeats; the list shows completion. */
const { prisma } = await databaseForThisFile();

const scenarioId = "zh-timid-says-yes";
const now = new Date("2026-11-23T08:00:00Z");
let teamId: string;
let trainer: TViewer;
const trainees: string[] = [];

beforeAll(async () => {
  teamId = (await createTeam(prisma, { name: "Team A", actorId: null })).id;
  const user = (username: string, role: "trainer" | "trainee") =>
    createUser(prisma, { input: { username, name: username, password: "correct horse", role, teamIds: [teamId] }, actorId: null });
  const trainerUser = await user("trainer-a", "trainer");
  trainer = { id: trainerUser.id, name: "trainer-a", username: "trainer-a", role: "trainer", teamIds: [teamId] };
  trainees.push((await user("trainee-1", "trainee")).id, (await user("trainee-2", "trainee")).id);
  await saveScenarioSource(prisma, { source: await readFile(`scenarios/${scenarioId}.yaml`, "utf8"), actorId: trainer.id });
});

describe("assignments", () => {
  it("refuse the same scenario for the same team or trainee twice, naming them and writing nothing", async () => {
    await createAssignment(prisma, { viewer: trainer, input: { scenarioId, teamIds: [teamId], traineeIds: [trainees[0]!] }, now });
    const before = await prisma.assignment.count();
    const error = (await createAssignment(prisma, { viewer: trainer, input: { scenarioId, teamIds: [teamId], traineeIds: [trainees[0]!] }, now }).catch(
      (caught: unknown) => caught,
    )) as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect([error.code, error.details]).toEqual(["conflict", { reason: "already_assigned", targets: ["Team A", "trainee-1"] }]);
    expect(await prisma.assignment.count()).toBe(before);
  });

  it("show how many of their trainees finished a call of the scenario since it was assigned", async () => {
    const assignedAt = (await prisma.assignment.findFirstOrThrow({ where: { teamId } })).createdAt;
    const turns = [{ speaker: "agent" as const, text: "您好,请问是本人吗?" }];
    await seedScoredCall(prisma, { traineeId: trainees[0]!, scenarioId, turns, at: new Date(assignedAt.getTime() + 60_000) });
    // A call from before the assignment does not count for it.
    await seedScoredCall(prisma, { traineeId: trainees[1]!, scenarioId, turns, at: new Date(assignedAt.getTime() - 86_400_000) });
    const completion = Object.fromEntries((await listAssignments(prisma, trainer)).map((row) => [row.team ? "team" : "trainee", row.completion]));
    expect(completion).toEqual({ team: { done: 1, total: 2 }, trainee: { done: 1, total: 1 } });
  });

  it("do not count a call never really held, nor an abandoned one, as finished (the one rule of every statistic)", async () => {
    const assignment = await prisma.assignment.findFirstOrThrow({ where: { teamId } });
    const versionId = (await prisma.scenarioVersion.findFirstOrThrow({ where: { scenarioId } })).id;
    for (const outcome of [NOT_HELD, ABANDONED]) {
      const at = new Date(assignment.createdAt.getTime() + 120_000);
      await prisma.practiceCall.create({
        data: { traineeId: trainees[1]!, scenarioVersionId: versionId, status: "ended", outcome, seed: 1, startedAt: at, endedAt: at },
      });
    }
    const team = (await listAssignments(prisma, trainer)).find((row) => row.team)!;
    expect(team.completion).toEqual({ done: 1, total: 2 });
  });
});
