import type { PrismaClient } from "../../generated/prisma/client";

export async function listUsers(prisma: PrismaClient) {
  const users = await prisma.user.findMany({
    orderBy: [{ role: "asc" }, { username: "asc" }],
    select: {
      id: true,
      username: true,
      name: true,
      role: true,
      disabled: true,
      createdAt: true,
      memberships: { select: { team: { select: { id: true, name: true } } } },
    },
  });
  return users.map(({ memberships, ...user }) => ({ ...user, teams: memberships.map((m) => m.team) }));
}
