import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { AppError } from "../errors/app-error";
import { canSeeTeam } from "../teams/assert-team-access";

export type AssertCallAccessOptions = { viewer: TViewer; callId: string; allowOwnTrainee?: boolean };

/**
 * A practice call belongs to the teams of its trainee: staff who share one of them may see it
 * (admins see all), other trainees never do, and `allowOwnTrainee` lets the call's trainee in.
 * A missing call is not_found; an existing one of another team is forbidden.
 */
export async function assertCallAccess(prisma: PrismaClient, { viewer, callId, allowOwnTrainee = false }: AssertCallAccessOptions) {
  const call = await prisma.practiceCall.findUnique({
    where: { id: callId },
    select: { traineeId: true, trainee: { select: { memberships: { select: { teamId: true } } } } },
  });
  if (!call) throw new AppError("not_found", "No such call.");
  if (allowOwnTrainee && call.traineeId === viewer.id) return;
  const sharesTeam = viewer.role !== "trainee" && (viewer.role === "admin" || call.trainee.memberships.some((m) => canSeeTeam(viewer, m.teamId)));
  if (!sharesTeam) throw new AppError("forbidden", "This call belongs to a team you do not supervise.");
}
