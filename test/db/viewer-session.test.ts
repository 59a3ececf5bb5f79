import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/accounts/create-user";
import { createAuth, type TAuth } from "@/lib/auth/create-auth";
import { viewerOfRequest } from "@/lib/auth/get-viewer";
import { parseEnv } from "@/lib/env";
import { openTestDatabase } from "../support/test-database";

/**
 * Issue 10 (capacity): a request's viewer is read in one query from the signed session cookie, and
 * better-auth is asked only for an expired session (which it deletes) or one due for its refresh
 * (which it moves on). Everything else answers as better-auth's own getSession would.
 */
const database = await openTestDatabase();
afterAll(async () => {
  await database.close();
  await database.target.dispose();
});
const { prisma } = database;
const PASSWORD = "viewer-session-pw-1";

let auth: TAuth;
let cookie: string;
let userId: string;

const viewerWith = (cookieHeader: string) => viewerOfRequest(new Headers({ cookie: cookieHeader }), { auth, prisma });
const sessionRow = () => prisma.session.findFirst({ where: { userId } });

beforeAll(async () => {
  auth = await createAuth({
    prisma,
    settings: parseEnv({ PARLEY_AUTH_SECRET: "a-test-secret-that-is-long-enough-0123456789", PARLEY_BASE_URL: "http://127.0.0.1:3000" }),
  });
  const user = await createUser(prisma, { input: { username: "viewer.trainee", name: "看看学员", password: PASSWORD, role: "trainee", teamIds: [] }, actorId: null });
  userId = user.id;
  const response = await auth.api.signInUsername({ body: { username: "viewer.trainee", password: PASSWORD }, asResponse: true });
  cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0])
    .join("; ");
});

describe("the viewer of a request", () => {
  it("is the signed-in user, with the same answer as better-auth's own reading", async () => {
    const viewer = await viewerWith(cookie);
    expect(viewer).toMatchObject({ id: userId, name: "看看学员", username: "viewer.trainee", role: "trainee", teamIds: [] });
    expect((await auth.api.getSession({ headers: new Headers({ cookie }) }))?.user.id).toBe(userId);
  });

  it("is nobody for a cookie whose token or signature was changed, or for no cookie", async () => {
    const [name, value] = cookie.split("=") as [string, string];
    const decoded = decodeURIComponent(value);
    const [token, signature] = [decoded.slice(0, decoded.lastIndexOf(".")), decoded.slice(decoded.lastIndexOf(".") + 1)];
    expect(await viewerWith(`${name}=${encodeURIComponent(`${token}x.${signature}`)}`)).toBeNull();
    expect(await viewerWith(`${name}=${encodeURIComponent(`${token}.${"A".repeat(43)}=`)}`)).toBeNull();
    expect(await viewerWith(`${name}=${encodeURIComponent(token)}`)).toBeNull();
    expect(await viewerWith("")).toBeNull();
  });

  it("moves a session due for its refresh on, and keeps the viewer", async () => {
    const soon = new Date(Date.now() + 30 * 60_000);
    await prisma.session.updateMany({ where: { userId }, data: { expiresAt: soon } });
    expect((await viewerWith(cookie))?.id).toBe(userId);
    expect((await sessionRow())!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 11 * 3600_000);
  });

  it("is nobody once the session has run out, and the session is gone", async () => {
    await prisma.session.updateMany({ where: { userId }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    expect(await viewerWith(cookie)).toBeNull();
    expect(await sessionRow()).toBeNull();
  });
});
