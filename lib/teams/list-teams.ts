import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";

/** Teams the viewer may see, with their members. */
export async function listTeams(prisma: PrismaClient, viewer: TViewer) {
  const teams = await prisma.team.findMany({
    where: viewer.role === "admin" ? undefined : { id: { in: viewer.teamIds } },
    orderBy: { name: "asc" },
    include: { members: { include: { user: { select: { id: true, username: true, name: true, role: true } } } } },
  });
  return teams.map(({ members, ...team }) => ({ ...team, members: members.map((member) => member.user) }));
}
