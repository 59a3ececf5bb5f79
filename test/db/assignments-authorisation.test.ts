import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/accounts/create-user";
import { createAssignment } from "@/lib/assignments/create-assignment";
import { deleteAssignment } from "@/lib/assignments/delete-assignment";
import { listAssignments } from "@/lib/assignments/list-assignments";
import type { TViewer } from "@/lib/auth/get-viewer";
import { AppError } from "@/lib/errors/app-error";
import { saveScenarioSource } from "@/lib/scenario-store/save-scenario-source";
import { createTeam } from "@/lib/teams/create-team";
import { openTestDatabase } from "../support/test-database";

const database = await openTestDatabase();
afterAll(async () => {
  await database.close();
  await database.target.dispose();
});
const { prisma } = database;

const scenarioId = "zh-timid-says-yes";
const now = new Date("2026-11-23T08:00:00Z");
let teamA: string;
let teamB: string;
let trainer: TViewer;
let traineeA: string;
let traineeB: string;

beforeAll(async () => {
  teamA = (await createTeam(prisma, { name: "Team A", actorId: null })).id;
  teamB = (await createTeam(prisma, { name: "Team B", actorId: null })).id;
  const user = (username: string, role: "trainer" | "trainee", teamIds: string[]) =>
    createUser(prisma, { input: { username, name: username, password: "correct horse", role, teamIds }, actorId: null });
  const trainerUser = await user("trainer-a", "trainer", [teamA]);
  trainer = { id: trainerUser.id, name: "trainer-a", username: "trainer-a", role: "trainer", teamIds: [teamA] };
  traineeA = (await user("trainee-a", "trainee", [teamA])).id;
  traineeB = (await user("trainee-b", "trainee", [teamB])).id;
  await saveScenarioSource(prisma, { source: await readFile(`scenarios/${scenarioId}.yaml`, "utf8"), actorId: trainer.id });
});

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof AppError ? error.code : error),
  );

describe("assignments", () => {
  it("lets a trainer assign to their team and its trainees, with the due day kept", async () => {
    const created = await createAssignment(prisma, { viewer: trainer, input: { scenarioId, teamIds: [teamA], traineeIds: [traineeA], dueOn: "2026-12-01" }, now });

    expect(created).toHaveLength(2);
    const listed = await listAssignments(prisma, trainer);
    expect(listed.map((row) => [row.team?.name ?? row.trainee?.username, row.dueAt?.toISOString()]).sort()).toEqual([
      ["Team A", "2026-12-01T12:00:00.000Z"],
      ["trainee-a", "2026-12-01T12:00:00.000Z"],
    ]);
  });

  it("refuses a team the trainer does not train, and a trainee outside their teams, writing nothing", async () => {
    const before = await prisma.assignment.count();
    expect(await refusal(createAssignment(prisma, { viewer: trainer, input: { scenarioId, teamIds: [teamB] }, now }))).toBe("forbidden");
    expect(await refusal(createAssignment(prisma, { viewer: trainer, input: { scenarioId, teamIds: [teamA], traineeIds: [traineeB] }, now }))).toBe("forbidden");
    expect(await prisma.assignment.count()).toBe(before);
  });

  it("refuses a past due date, an unknown scenario and an empty target list", async () => {
    expect(await refusal(createAssignment(prisma, { viewer: trainer, input: { scenarioId, teamIds: [teamA], dueOn: "2026-11-22" }, now }))).toBe("invalid_input");
    expect(await refusal(createAssignment(prisma, { viewer: trainer, input: { scenarioId: "no-such", teamIds: [teamA] }, now }))).toBe("not_found");
    expect(await refusal(createAssignment(prisma, { viewer: trainer, input: { scenarioId }, now }))).toBeInstanceOf(Error);
  });

  it("hides and protects another team's assignments", async () => {
    const admin: TViewer = { id: trainer.id, name: "a", username: "a", role: "admin", teamIds: [] };
    const [other] = await createAssignment(prisma, { viewer: admin, input: { scenarioId, teamIds: [teamB] }, now });
    expect((await listAssignments(prisma, trainer)).map((row) => row.id)).not.toContain(other!.id);
    expect(await refusal(deleteAssignment(prisma, { viewer: trainer, assignmentId: other!.id }))).toBe("not_found");
    expect(await prisma.assignment.findUnique({ where: { id: other!.id } })).not.toBeNull();
  });

  it("removes the trainer's own assignment and audits creation and removal", async () => {
    const [own] = await listAssignments(prisma, trainer);
    await deleteAssignment(prisma, { viewer: trainer, assignmentId: own!.id });
    expect((await listAssignments(prisma, trainer)).map((row) => row.id)).not.toContain(own!.id);
    const actions = (await prisma.auditEntry.findMany({ where: { entityType: "assignment" } })).map((entry) => entry.action).sort();
    expect(actions).toEqual(["assignment.create", "assignment.create", "assignment.create", "assignment.delete"]);
  });
});
