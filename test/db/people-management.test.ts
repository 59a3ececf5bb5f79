import { verifyPassword } from "better-auth/crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { changeOwnPassword } from "@/lib/accounts/change-own-password";
import { createUser } from "@/lib/accounts/create-user";
import { resetUserPassword } from "@/lib/accounts/reset-user-password";
import { updateUser } from "@/lib/accounts/update-user";
import { decideAccess } from "@/lib/auth/access-policy";
import { AppError } from "@/lib/errors/app-error";
import { addTeamMember } from "@/lib/teams/add-team-member";
import { createTeam } from "@/lib/teams/create-team";
import { removeTeamMember } from "@/lib/teams/remove-team-member";
import { renameTeam } from "@/lib/teams/rename-team";
import { databaseForThisFile } from "../support/test-database";

/** Issue 13, item 7: an administrator manages people and teams; every change is audited. */
const { prisma } = await databaseForThisFile();

let adminId: string;
let personId: string;
let teamId: string;

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as AppError,
  );
const reasonOf = (error: AppError | undefined) => (error?.details as { reason?: string } | undefined)?.reason;
const lastAudit = async () => prisma.auditEntry.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
const openSession = (userId: string, token: string) => prisma.session.create({ data: { id: token, token, userId, expiresAt: new Date(Date.now() + 3_600_000) } });

beforeAll(async () => {
  adminId = (await createUser(prisma, { input: { username: "boss", name: "Boss", password: "boss-password", role: "admin" }, actorId: null })).id;
  teamId = (await createTeam(prisma, { name: "Shanghai A", actorId: adminId })).id;
  personId = (await createUser(prisma, { input: { username: "li.na", name: "李娜", password: "first-password", role: "trainee", teamIds: [teamId] }, actorId: adminId })).id;
});

describe("an administrator manages a person", () => {
  it("changes name and role, recording both as they were and became", async () => {
    await updateUser(prisma, { userId: personId, input: { name: "李娜 Li Na", role: "trainer" }, actorId: adminId });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: personId } })).toMatchObject({ name: "李娜 Li Na", role: "trainer" });
    expect(await lastAudit()).toMatchObject({
      action: "user.update",
      actorName: "Boss",
      entityId: personId,
      detail: { before: { name: "李娜", role: "trainee" }, after: { name: "李娜 Li Na", role: "trainer" } },
    });
  });

  it("deactivates: sessions end at once, history stays; reactivates", async () => {
    await openSession(personId, "session-of-li-na");
    await updateUser(prisma, { userId: personId, input: { active: false }, actorId: adminId });
    expect(await prisma.session.count({ where: { userId: personId } })).toBe(0);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: personId } })).toMatchObject({ disabled: true, name: "李娜 Li Na" });
    expect(await prisma.teamMembership.count({ where: { userId: personId } })).toBe(1);
    expect((await lastAudit()).action).toBe("user.deactivate");
    await updateUser(prisma, { userId: personId, input: { active: true }, actorId: adminId });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: personId } })).disabled).toBe(false);
    expect((await lastAudit()).action).toBe("user.reactivate");
  });

  it("refuses to let administrators demote or deactivate themselves", async () => {
    expect(reasonOf(await refusal(updateUser(prisma, { userId: adminId, input: { role: "trainee" }, actorId: adminId })))).toBe("own_account");
    expect(reasonOf(await refusal(updateUser(prisma, { userId: adminId, input: { active: false }, actorId: adminId })))).toBe("own_account");
    // Renaming oneself is fine.
    await updateUser(prisma, { userId: adminId, input: { name: "Boss" }, actorId: adminId });
  });

  it("resets a password: sessions end, and the person must choose a new one before anything else opens", async () => {
    await openSession(personId, "another-session");
    await resetUserPassword(prisma, { userId: personId, password: "temporary-1", actorId: adminId });
    expect(await prisma.session.count({ where: { userId: personId } })).toBe(0);
    const user = await prisma.user.findUniqueOrThrow({ where: { id: personId } });
    expect(user.mustChangePassword).toBe(true);
    const account = await prisma.account.findFirstOrThrow({ where: { userId: personId, providerId: "credential" } });
    expect(await verifyPassword({ hash: account.password!, password: "temporary-1" })).toBe(true);
    expect((await lastAudit()).action).toBe("user.reset_password");

    const viewer = { id: personId, name: user.name, username: "li.na", role: "trainer" as const, teamIds: [teamId], mustChangePassword: true };
    expect(decideAccess("/trainer", viewer)).toBe("change-password");
    expect(decideAccess("/api/trainer/scenarios", viewer)).toBe("change-password");
    expect(decideAccess("/account/password", viewer)).toBe("allow");
    expect(decideAccess("/api/account/password", viewer)).toBe("allow");
  });

  it("lets the person choose their own password with the temporary one, keeping only the session they use", async () => {
    await openSession(personId, "this-browser");
    await openSession(personId, "old-laptop");
    expect(reasonOf(await refusal(changeOwnPassword(prisma, { userId: personId, currentPassword: "wrong", newPassword: "my-own-password" })))).toBe("wrong_password");
    expect(reasonOf(await refusal(changeOwnPassword(prisma, { userId: personId, currentPassword: "temporary-1", newPassword: "temporary-1" })))).toBe("same_password");
    await changeOwnPassword(prisma, { userId: personId, currentPassword: "temporary-1", newPassword: "my-own-password", keepSessionToken: "this-browser" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: personId } })).mustChangePassword).toBe(false);
    expect((await prisma.session.findMany({ where: { userId: personId } })).map((session) => session.token)).toEqual(["this-browser"]);
    expect((await lastAudit()).action).toBe("user.change_password");
  });
});

describe("an administrator manages teams", () => {
  it("says so when a person is added to a team they are already in, writing nothing", async () => {
    const before = await prisma.auditEntry.count();
    const error = await refusal(addTeamMember(prisma, { teamId, userId: personId, actorId: adminId }));
    expect(error).toBeInstanceOf(AppError);
    expect([error?.code, reasonOf(error)]).toEqual(["conflict", "already_member"]);
    expect(await prisma.auditEntry.count()).toBe(before);
  });

  it("removes a person from a team and records who and which team by name", async () => {
    await removeTeamMember(prisma, { teamId, userId: personId, actorId: adminId });
    expect(await prisma.teamMembership.count({ where: { teamId } })).toBe(0);
    expect(await lastAudit()).toMatchObject({ action: "team.remove_member", detail: { userId: personId, name: "Shanghai A", memberName: "李娜 Li Na" } });
    expect(reasonOf(await refusal(removeTeamMember(prisma, { teamId, userId: personId, actorId: adminId })))).toBe("not_member");
  });

  it("renames a team, refusing a name another team has", async () => {
    await createTeam(prisma, { name: "London B", actorId: adminId });
    expect(reasonOf(await refusal(renameTeam(prisma, { teamId, name: "London B", actorId: adminId })))).toBe("team_name_taken");
    await renameTeam(prisma, { teamId, name: "上海一组", actorId: adminId });
    expect((await prisma.team.findUniqueOrThrow({ where: { id: teamId } })).name).toBe("上海一组");
    expect(await lastAudit()).toMatchObject({ action: "team.rename", detail: { before: "Shanghai A", after: "上海一组" } });
  });

  it("refuses a taken username with a reason the interface can word", async () => {
    const error = await refusal(createUser(prisma, { input: { username: "LI.NA", name: "Dup", password: "another pass", role: "trainee" }, actorId: adminId }));
    expect(reasonOf(error)).toBe("username_taken");
  });
});
