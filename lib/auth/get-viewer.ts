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

/** The signed-in user behind a request's session cookie, with their teams; null when signed out. */
export async function getViewer(headers: Headers): Promise<TViewer | null> {
  const session = await (await getAuth()).api.getSession({ headers });
  if (!session) return null;
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({
    where: { id: session.user.id },
    include: { memberships: { select: { teamId: true } } },
  });
  if (!user || user.disabled) return null;
  return {
    id: user.id,
    name: user.name,
    username: user.username ?? user.email,
    role: ZRole.parse(user.role),
    teamIds: user.memberships.map((membership) => membership.teamId),
    mustChangePassword: user.mustChangePassword,
  };
}
