import type { Prisma } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";

/**
 * The assignments a viewer may see and remove: those of the teams they belong to, and those of
 * trainees in those teams. An admin sees all.
 */
export function assignmentScope(viewer: TViewer): Prisma.AssignmentWhereInput {
  if (viewer.role === "admin") return {};
  return {
    OR: [{ teamId: { in: viewer.teamIds } }, { trainee: { memberships: { some: { teamId: { in: viewer.teamIds } } } } }],
  };
}
