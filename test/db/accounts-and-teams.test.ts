import { verifyPassword } from "better-auth/crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/accounts/create-user";
import type { TViewer } from "@/lib/auth/get-viewer";
import { AppError } from "@/lib/errors/app-error";
import { listTeamResults } from "@/lib/reports/list-team-results";
import { addTeamMember } from "@/lib/teams/add-team-member";
import { createTeam } from "@/lib/teams/create-team";
import { listTeams } from "@/lib/teams/list-teams";
import { openTestDatabase } from "../support/test-database";

const database = await openTestDatabase();
afterAll(async () => {
  await database.close();
  await database.target.dispose();
});
const { prisma } = database;

let teamA: { id: string };
let teamB: { id: string };
let supervisorA: TViewer;
let traineeB: { id: string };

beforeAll(async () => {
  teamA = await createTeam(prisma, { name: "Team A", actorId: null });
  teamB = await createTeam(prisma, { name: "Team B", actorId: null });
  const supervisor = await createUser(prisma, {
    input: { username: "sup-a", name: "Sup A", password: "correct horse", role: "supervisor", teamIds: [teamA.id] },
    actorId: null,
  });
  supervisorA = { ...supervisor, username: "sup-a", role: "supervisor", teamIds: [teamA.id] };
  traineeB = await createUser(prisma, {
    input: { username: "trainee-b", name: "Trainee B", password: "correct horse", role: "trainee" },
    actorId: supervisor.id,
  });
  await addTeamMember(prisma, { teamId: teamB.id, userId: traineeB.id, actorId: null });
});

describe("accounts and teams", () => {
  it("stores a memory-hard password hash, never the password", async () => {
    const account = await prisma.account.findFirstOrThrow({ where: { userId: traineeB.id, providerId: "credential" } });
    expect(account.password).not.toContain("correct horse");
    expect(account.password).toMatch(/^[0-9a-f]+:[0-9a-f]+$/); // salt:scrypt-key
    expect(await verifyPassword({ hash: account.password!, password: "correct horse" })).toBe(true);
    expect(await verifyPassword({ hash: account.password!, password: "wrong horse" })).toBe(false);
  });

  it("refuses a taken username with a clear error", async () => {
    await expect(createUser(prisma, { input: { username: "SUP-A", name: "Dup", password: "another pass", role: "trainee" }, actorId: null })).rejects.toThrow(
      /"sup-a" is already taken/,
    );
  });

  it("names the field when the input is invalid", async () => {
    await expect(createUser(prisma, { input: { username: "x", name: "Short", password: "short", role: "trainee" }, actorId: null })).rejects.toThrow(
      /username[\s\S]*password|password[\s\S]*username/,
    );
  });

  it("shows a supervisor only their own teams and refuses another team's results", async () => {
    expect((await listTeams(prisma, supervisorA)).map((team) => team.name)).toEqual(["Team A"]);
    expect(await listTeamResults(prisma, { viewer: supervisorA, teamId: teamA.id })).toEqual([]);
    const refusal = await listTeamResults(prisma, { viewer: supervisorA, teamId: teamB.id }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).code).toBe("forbidden");
  });

  it("writes an audit entry for each change", async () => {
    const actions = (await prisma.auditEntry.findMany({ orderBy: { createdAt: "asc" } })).map((entry) => entry.action);
    expect(actions).toEqual(["team.create", "team.create", "user.create", "user.create", "team.add_member"]);
  });
});
