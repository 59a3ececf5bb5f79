import type { PrismaClient } from "../../generated/prisma/client";
import { recordAudit } from "../audit/record-audit";
import type { TViewer } from "../auth/get-viewer";
import { AppError } from "../errors/app-error";
import { assertTeamAccess } from "../teams/assert-team-access";
import { ZCreateAssignmentInput, type TCreateAssignmentInput } from "./assignment-schemas";

export type CreateAssignmentOptions = { viewer: TViewer; input: TCreateAssignmentInput; now?: Date };

/**
 * Assigns a scenario to teams and trainees, one row each. Trainers assign only to the teams they
 * train and to trainees in those teams; anything else is refused before anything is written.
 */
export async function createAssignment(prisma: PrismaClient, { viewer, input, now = new Date() }: CreateAssignmentOptions) {
  const { scenarioId, teamIds, traineeIds, dueOn, hideMood } = ZCreateAssignmentInput.parse(input);
  for (const teamId of teamIds) assertTeamAccess(viewer, teamId);
  const reachable = await prisma.user.findMany({
    where: {
      id: { in: traineeIds },
      role: "trainee",
      ...(viewer.role === "admin" ? {} : { memberships: { some: { teamId: { in: viewer.teamIds } } } }),
    },
    select: { id: true },
  });
  if (reachable.length !== new Set(traineeIds).size) throw new AppError("forbidden", "You can assign only to trainees in your teams.");
  if (!(await prisma.scenario.findFirst({ where: { id: scenarioId, archived: false } }))) throw new AppError("not_found", `No scenario with id "${scenarioId}".`);
  if (dueOn && dueOn < now.toISOString().slice(0, 10)) {
    throw new AppError("invalid_input", "The due date is in the past.", [{ path: "dueOn", message: "expected today or later" }]);
  }
  await refuseRepeats(prisma, scenarioId, teamIds, traineeIds);
  // Noon UTC falls on the same calendar day from UTC-11 to UTC+11, so the day shows as chosen.
  const dueAt = dueOn ? new Date(`${dueOn}T12:00:00Z`) : null;
  const targets: ({ teamId: string } | { traineeId: string })[] = [
    ...[...new Set(teamIds)].map((teamId) => ({ teamId })),
    ...[...new Set(traineeIds)].map((traineeId) => ({ traineeId })),
  ];
  return prisma.$transaction(async (tx) => {
    const created = [];
    for (const target of targets) {
      const assignment = await tx.assignment.create({ data: { scenarioId, dueAt, hideMood, assignedById: viewer.id, ...target } });
      await recordAudit(tx, {
        actorId: viewer.id,
        action: "assignment.create",
        entityType: "assignment",
        entityId: assignment.id,
        detail: { scenarioId, ...target, dueOn: dueOn ?? null, hideMood },
      });
      created.push(assignment);
    }
    return created;
  });
}

/**
 * The same scenario for the same team or trainee twice is refused, naming them: the trainee would
 * see it twice, and a new due date is set by removing the earlier assignment first.
 */
async function refuseRepeats(prisma: PrismaClient, scenarioId: string, teamIds: string[], traineeIds: string[]) {
  const repeats = await prisma.assignment.findMany({
    where: { scenarioId, OR: [{ teamId: { in: teamIds } }, { traineeId: { in: traineeIds } }] },
    select: { team: { select: { name: true } }, trainee: { select: { name: true } } },
  });
  if (repeats.length === 0) return;
  const targets = [...new Set(repeats.map((repeat) => repeat.team?.name ?? repeat.trainee?.name ?? ""))];
  throw new AppError("conflict", `${scenarioId} is already assigned to ${targets.join(", ")}.`, { reason: "already_assigned", targets });
}
