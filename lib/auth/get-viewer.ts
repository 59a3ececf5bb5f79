import { z } from "zod";
import { getPrisma } from "../db/get-database";
import type { PrismaClient } from "../../generated/prisma/client";
import type { TAuth } from "./create-auth";
import { getAuth } from "./get-auth";
import { signedSessionToken } from "./read-session-cookie";
import { ZRole, type TRole } from "./roles";

export type TViewer = {
  id: string;
  name: string;
  username: string;
  role: TRole;
  teamIds: string[];
  /** After an administrator's password reset: nothing opens until the person chooses a new password. */
  mustChangePassword?: boolean;
};

const ZViewerRow = z.object({
  id: z.string(),
  name: z.string(),
  username: z.string().nullable(),
  email: z.string(),
  role: ZRole,
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  teamIds: z.preprocess((value) => (typeof value === "string" ? JSON.parse(value) : value), z.array(z.string())),
});

const ZSessionViewerRow = ZViewerRow.extend({ expired: z.boolean(), dueForRefresh: z.boolean() });

/**
 * The signed-in user behind a request's session cookie, with their teams; null when signed out.
 * Every request asks, so a valid cookie is read in one query (session, user and teams), checked as
 * better-auth checks it. better-auth itself answers only when the session has run out or is due for
 * its hourly refresh, which it writes.
 */
export async function getViewer(headers: Headers): Promise<TViewer | null> {
  return viewerOfRequest(headers, { auth: await getAuth(), prisma: await getPrisma() });
}

export type ViewerOfRequestOptions = { auth: TAuth; prisma: PrismaClient };

/** getViewer with the auth instance and database given, as a test gives them. */
export async function viewerOfRequest(headers: Headers, { auth, prisma }: ViewerOfRequestOptions): Promise<TViewer | null> {
  const { authCookies, secret, sessionConfig } = await auth.$context;
  const token = signedSessionToken(headers.get("cookie"), authCookies.sessionToken.name, secret);
  if (!token) return null;
  const rows = await prisma.$queryRaw<unknown[]>`
    SELECT u."id", u."name", u."username", u."email", u."role"::text AS "role", u."disabled", u."mustChangePassword",
      COALESCE((SELECT json_agg(m."teamId" ORDER BY m."createdAt", m."teamId") FROM "TeamMembership" m WHERE m."userId" = u."id"), '[]'::json) AS "teamIds",
      s."expiresAt" <= now() AT TIME ZONE 'UTC' AS "expired",
      s."expiresAt" - make_interval(secs => ${sessionConfig.expiresIn - sessionConfig.updateAge}) <= now() AT TIME ZONE 'UTC' AS "dueForRefresh"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE s."token" = ${token}`;
  const row = rows.length === 0 ? undefined : ZSessionViewerRow.parse(rows[0]);
  if (!row || row.expired || row.dueForRefresh) {
    // Expired sessions are deleted, and live ones moved on, by better-auth's own reading.
    const session = await auth.api.getSession({ headers });
    if (!session || !row || session.user.id !== row.id) return null;
  }
  if (row.disabled) return null;
  return {
    id: row.id,
    name: row.name,
    username: row.username ?? row.email,
    role: row.role,
    teamIds: row.teamIds,
    mustChangePassword: row.mustChangePassword,
  };
}
