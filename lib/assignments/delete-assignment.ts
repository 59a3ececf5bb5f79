import type { PrismaClient } from "../../generated/prisma/client";
import { recordAudit } from "../audit/record-audit";
import type { TViewer } from "../auth/get-viewer";
import { AppError } from "../errors/app-error";
import { assignmentScope } from "./assignment-scope";

export type DeleteAssignmentOptions = { viewer: TViewer; assignmentId: string };

export async function deleteAssignment(prisma: PrismaClient, { viewer, assignmentId }: DeleteAssignmentOptions) {
  const assignment = await prisma.assignment.findFirst({ where: { id: assignmentId, ...assignmentScope(viewer) } });
  // Same answer for "no such assignment" and "not your team's", so ids cannot be probed.
  if (!assignment) throw new AppError("not_found", "No such assignment among your teams'.");
  await prisma.$transaction(async (tx) => {
    await tx.assignment.delete({ where: { id: assignmentId } });
    const { scenarioId, teamId, traineeId } = assignment;
    await recordAudit(tx, { actorId: viewer.id, action: "assignment.delete", entityType: "assignment", entityId: assignmentId, detail: { scenarioId, teamId, traineeId } });
  });
}
