import type { PrismaClient } from "../../generated/prisma/client";
import { accountError } from "./account-error";

/** One person as the administrator manages them: name, role, whether they may sign in, their teams. */
export async function getUser(prisma: PrismaClient, userId: string) {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, username: true, name: true, role: true, disabled: true, mustChangePassword: true, memberships: { select: { team: { select: { id: true, name: true } } } } },
  });
  if (!user) throw accountError("not_found", "no_such_user", `No user with id "${userId}".`);
  const { memberships, ...person } = user;
  return { ...person, teams: memberships.map((membership) => membership.team) };
}
