import { z } from "zod";
import { getPrisma } from "../db/get-database";
import { getAuth } from "./get-auth";
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

/**
 * The signed-in user behind a request's session cookie, with their teams; null when signed out.
 * Every request asks, so the user and their teams are one query (not the ORM's two).
 */
export async function getViewer(headers: Headers): Promise<TViewer | null> {
  const session = await (await getAuth()).api.getSession({ headers });
  if (!session) return null;
  const prisma = await getPrisma();
  const rows = await prisma.$queryRaw<unknown[]>`
    SELECT u."id", u."name", u."username", u."email", u."role"::text AS "role", u."disabled", u."mustChangePassword",
      COALESCE((SELECT json_agg(m."teamId" ORDER BY m."createdAt", m."teamId") FROM "TeamMembership" m WHERE m."userId" = u."id"), '[]'::json) AS "teamIds"
    FROM "User" u WHERE u."id" = ${session.user.id}`;
  if (rows.length === 0) return null;
  const user = ZViewerRow.parse(rows[0]);
  if (user.disabled) return null;
  return {
    id: user.id,
    name: user.name,
    username: user.username ?? user.email,
    role: user.role,
    teamIds: user.teamIds,
    mustChangePassword: user.mustChangePassword,
  };
}
