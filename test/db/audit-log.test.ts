import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/accounts/create-user";
import { updateUser } from "@/lib/accounts/update-user";
import { AUDIT_PAGE_SIZE, ZAuditQuery } from "@/lib/audit/audit-query";
import { auditToCsv } from "@/lib/audit/audit-to-csv";
import { searchAudit } from "@/lib/audit/search-audit";
import { addTeamMember } from "@/lib/teams/add-team-member";
import { createTeam } from "@/lib/teams/create-team";
import { renameTeam } from "@/lib/teams/rename-team";
import { databaseForThisFile } from "../support/test-database";

/** Issue 13, item 8: the audit log reads like a log. */
const { prisma } = await databaseForThisFile();

let adminId: string;
let otherAdminId: string;
let teamId: string;
let personId: string;
const search = (query: Record<string, unknown>, all = false) => searchAudit(prisma, ZAuditQuery.parse(query), { all });

beforeAll(async () => {
  adminId = (await createUser(prisma, { input: { username: "boss", name: "Boss", password: "a-long-password", role: "admin" }, actorId: null })).id;
  otherAdminId = (await createUser(prisma, { input: { username: "deputy", name: "Deputy", password: "a-long-password", role: "admin" }, actorId: null })).id;
  teamId = (await createTeam(prisma, { name: "Shanghai A", actorId: adminId })).id;
  personId = (await createUser(prisma, { input: { username: "li.na", name: "李娜", password: "a-long-password", role: "trainee" }, actorId: adminId })).id;
  await addTeamMember(prisma, { teamId, userId: personId, actorId: otherAdminId });
  await renameTeam(prisma, { teamId, name: "上海一组", actorId: adminId });
  await updateUser(prisma, { userId: personId, input: { name: "李娜 Li Na" }, actorId: otherAdminId });
});

describe("the audit log", () => {
  it("names who acted and whom or what they acted on, as they were then, never by a bare id", async () => {
    const { entries } = await search({});
    const added = entries.find((entry) => entry.action === "team.add_member")!;
    expect(added.actor).toEqual({ name: "Deputy", username: "deputy" });
    // The team as it was called when the member was added, and the member by name.
    expect(added.subject).toMatchObject({ type: "team", id: teamId, name: "Shanghai A", member: "李娜" });
    const created = entries.find((entry) => entry.action === "user.create" && entry.subject.id === personId)!;
    expect(created.subject.name).toBe("李娜");
    for (const entry of entries) expect(entry.subject.name).not.toBe(entry.subject.id);
  });

  it("filters by person, action and days in the reader's time zone", async () => {
    expect((await search({ actor: otherAdminId })).entries.map((entry) => entry.action).sort()).toEqual(["team.add_member", "user.update"]);
    expect((await search({ action: "team.rename" })).entries.map((entry) => entry.subject.name)).toEqual(["上海一组"]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await search({ from: today, to: today })).total).toBe((await search({})).total);
    expect((await search({ from: "2001-01-01", to: "2001-01-31" })).total).toBe(0);
    // Shanghai (UTC+8, offset -480): its today began eight hours before UTC's, so an entry made now is still in it.
    expect((await search({ from: today, tz: -480 })).total).toBe((await search({})).total);
    // Unreadable filters are dropped, not refused.
    expect((await search({ action: "drop.tables", from: "yesterday" })).total).toBe((await search({})).total);
  });

  it("comes in pages, newest first", async () => {
    for (let index = 0; index < AUDIT_PAGE_SIZE; index++) await updateUser(prisma, { userId: personId, input: { name: `Name ${index}` }, actorId: adminId });
    const first = await search({ action: "user.update" });
    const second = await search({ action: "user.update", page: 2 });
    expect([first.total, first.pageCount, first.entries.length, second.entries.length]).toEqual([AUDIT_PAGE_SIZE + 1, 2, AUDIT_PAGE_SIZE, 1]);
    expect(first.entries[0]!.detail).toMatchObject({ after: { name: `Name ${AUDIT_PAGE_SIZE - 1}` } });
    expect(second.entries[0]!.actor?.name).toBe("Deputy");
  });

  it("exports every matching entry as CSV with names, not ids alone", async () => {
    const csv = auditToCsv((await search({ action: "team.rename" }, true)).entries);
    const [header, row] = csv.replace("\uFEFF", "").trim().split("\r\n");
    expect(header).toBe("time_utc,actor_name,actor_username,action,subject_type,subject_id,subject_name,member,detail");
    expect(row).toContain(`,Boss,boss,team.rename,team,${teamId},上海一组,,`);
  });
});
