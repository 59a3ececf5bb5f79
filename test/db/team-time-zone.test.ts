import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/accounts/create-user";
import type { TViewer } from "@/lib/auth/get-viewer";
import { exportResultsCsv } from "@/lib/reports/export-results-csv";
import { getPrintableReport } from "@/lib/reports/get-printable-report";
import { getTeamDashboard } from "@/lib/reports/get-team-dashboard";
import { setTeamTimeZone } from "@/lib/teams/set-team-time-zone";
import { seedScoredCall, seedTwoTeams } from "../support/seed-results";
import { openTestDatabase } from "../support/test-database";

const database = await openTestDatabase();
afterAll(async () => {
  await database.close();
  await database.target.dispose();
});
const { prisma } = database;

const turns = [{ speaker: "agent" as const, text: "您好,我是华兴银行委托的小李,请问是陈先生本人吗?" }];
let world: Awaited<ReturnType<typeof seedTwoTeams>>;
let admin: TViewer;

beforeAll(async () => {
  world = await seedTwoTeams(prisma);
  const adminUser = await createUser(prisma, { input: { username: "root", name: "root", password: "correct horse", role: "admin", teamIds: [] }, actorId: null });
  admin = { id: adminUser.id, name: "root", username: "root", role: "admin", teamIds: [] };
  await setTeamTimeZone(prisma, { teamId: world.teamA, timeZone: "Asia/Shanghai", actorId: admin.id });
  const seed = (traineeId: string, at: string) => seedScoredCall(prisma, { traineeId, scenarioId: "zh-timid-says-yes", turns, at: new Date(at) });
  // Shanghai: 2026-11-20 23:00, then 2026-11-21 01:30 and 07:50 local (both still 2026-11-20 in UTC).
  await seed(world.a1.id, "2026-11-20T15:00:00Z");
  await seed(world.a1.id, "2026-11-20T17:30:00Z");
  await seed(world.a2.id, "2026-11-20T23:50:00Z");
  // Team B keeps the default, UTC.
  await seed(world.b1.id, "2026-11-20T17:30:00Z");
});

describe("a team's days in its own time zone", () => {
  it("puts Shanghai calls between 00:00 and 08:00 local on their local day on the dashboard", async () => {
    const dashboard = await getTeamDashboard(prisma, { viewer: world.supervisorA, filter: {} });
    expect(dashboard.timeZone).toBe("Asia/Shanghai");
    expect(dashboard.scoresOverTime.map((point) => [point.day, point.calls])).toEqual([
      ["2026-11-20", 1],
      ["2026-11-21", 2],
    ]);
    const other = await getTeamDashboard(prisma, { viewer: world.supervisorB, filter: {} });
    expect([other.timeZone, other.scoresOverTime.map((point) => [point.day, point.calls])]).toEqual(["UTC", [["2026-11-20", 1]]]);
  });

  it("reads the date filters as local days, in the dashboard, the export and the printable report", async () => {
    const on21 = await getTeamDashboard(prisma, { viewer: world.supervisorA, filter: { from: "2026-11-21", to: "2026-11-21" } });
    expect(on21.calls).toBe(2);
    const on20 = await getTeamDashboard(prisma, { viewer: world.supervisorA, filter: { to: "2026-11-20" } });
    expect(on20.calls).toBe(1);
    const csv = await exportResultsCsv(prisma, {
      viewer: world.supervisorA,
      filter: { from: "2026-11-21" },
      locale: "en",
      timeZone: "Asia/Shanghai",
      baseUrl: "http://localhost:3000",
    });
    expect(csv.csv.trim().split("\n").length).toBe(1 + 2);
    const print = await getPrintableReport(prisma, { viewer: world.supervisorA, filter: { from: "2026-11-21", to: "2026-11-21" } });
    expect([print.summary.calls, print.timeZone]).toEqual([2, "Asia/Shanghai"]);
  });

  it("uses UTC for a viewer whose teams keep different zones, and the team's own zone when one is filtered", async () => {
    expect((await getTeamDashboard(prisma, { viewer: admin, filter: {} })).timeZone).toBe("UTC");
    const teamA = await getTeamDashboard(prisma, { viewer: admin, filter: { teamId: world.teamA, from: "2026-11-21" } });
    expect([teamA.timeZone, teamA.calls]).toEqual(["Asia/Shanghai", 2]);
  });

  it("is set by an administrator, audited, and refuses a zone that does not exist", async () => {
    const entry = await prisma.auditEntry.findFirstOrThrow({ where: { action: "team.time_zone", entityId: world.teamA } });
    expect(entry.detail).toMatchObject({ before: "UTC", after: "Asia/Shanghai" });
    await expect(setTeamTimeZone(prisma, { teamId: world.teamB, timeZone: "Mars/Olympus", actorId: admin.id })).rejects.toThrow(/IANA time zone/);
    expect((await prisma.team.findUniqueOrThrow({ where: { id: world.teamB } })).timeZone).toBe("UTC");
  });
});
