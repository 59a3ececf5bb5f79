import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { assignmentScope } from "./assignment-scope";
import { COUNTED_CALL, countsAsHeld, HELD_REPORT_SELECT } from "../reports/counted-call";

/**
 * Assignments of the viewer's teams and their trainees, soonest due first, each with how many of
 * its trainees finished a call of the scenario since it was assigned (a team's current trainees): a
 * call that counts (counted-call.ts), so one never really held completes nothing.
 */
export async function listAssignments(prisma: PrismaClient, viewer: TViewer) {
  const assignments = await prisma.assignment.findMany({
    where: assignmentScope(viewer),
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }],
    select: {
      id: true,
      scenarioId: true,
      dueAt: true,
      hideMood: true,
      createdAt: true,
      team: { select: { id: true, name: true, members: { where: { user: { role: "trainee" } }, select: { userId: true } } } },
      trainee: { select: { id: true, username: true, name: true } },
      assignedBy: { select: { username: true, name: true } },
    },
  });
  const traineesOf = (row: (typeof assignments)[number]) => (row.trainee ? [row.trainee.id] : (row.team?.members.map((member) => member.userId) ?? []));
  const calls = await prisma.practiceCall.findMany({
    where: {
      ...COUNTED_CALL,
      traineeId: { in: [...new Set(assignments.flatMap(traineesOf))] },
      scenarioVersion: { scenarioId: { in: [...new Set(assignments.map((row) => row.scenarioId))] } },
    },
    select: { traineeId: true, startedAt: true, scenarioVersion: { select: { scenarioId: true } }, report: { select: HELD_REPORT_SELECT } },
  });
  const heldCalls = calls.filter((call) => call.report && countsAsHeld(call.report));
  return assignments.map(({ team, ...row }) => {
    const trainees = traineesOf({ team, ...row });
    const done = trainees.filter((traineeId) =>
      heldCalls.some((call) => call.traineeId === traineeId && call.scenarioVersion.scenarioId === row.scenarioId && call.startedAt >= row.createdAt),
    );
    return { ...row, team: team ? { id: team.id, name: team.name } : null, completion: { done: done.length, total: trainees.length } };
  });
}
