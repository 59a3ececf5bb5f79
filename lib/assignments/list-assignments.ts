import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { assignmentScope } from "./assignment-scope";

/** Assignments of the viewer's teams and their trainees, soonest due first. */
export async function listAssignments(prisma: PrismaClient, viewer: TViewer) {
  return prisma.assignment.findMany({
    where: assignmentScope(viewer),
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }],
    select: {
      id: true,
      scenarioId: true,
      dueAt: true,
      createdAt: true,
      team: { select: { id: true, name: true } },
      trainee: { select: { id: true, username: true, name: true } },
      assignedBy: { select: { username: true, name: true } },
    },
  });
}
