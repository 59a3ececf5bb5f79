import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { endStaleCalls } from "../calls/end-stale-calls";
import { ABANDONED } from "../calls/unscored-outcomes";
import { countsAsHeld, HELD_REPORT_SELECT } from "../reports/counted-call";
import { summariseScenario } from "../scenarios/summarise-scenario";
import { listLatestScenarios } from "./list-latest-scenarios";

/**
 * A trainee's scenarios: those assigned to them or their teams first (earliest due date first),
 * then the rest of the library; each with their attempts (calls that count: scored and really
 * held, counted-call.ts) and the best score among them, the calls they abandoned (counted apart),
 * and the call still open. Only the trainee-safe summary leaves this function, never the hidden facts.
 */
export async function listTraineeScenarios(prisma: PrismaClient, viewer: TViewer) {
  await endStaleCalls(prisma, { traineeId: viewer.id });
  const [scenarios, assignments, calls] = await Promise.all([
    listLatestScenarios(prisma),
    prisma.assignment.findMany({
      where: { OR: [{ traineeId: viewer.id }, { teamId: { in: viewer.teamIds } }] },
      orderBy: { dueAt: "asc" },
    }),
    prisma.practiceCall.findMany({
      where: { traineeId: viewer.id },
      orderBy: { startedAt: "desc" },
      select: { id: true, status: true, outcome: true, scenarioVersion: { select: { scenarioId: true } }, report: { select: HELD_REPORT_SELECT } },
    }),
  ]);
  const rows = scenarios.map(({ scenario, version }) => {
    // Who picks up the phone is part of the exercise, as in toTraineeView.
    const { answeredBy: _surprise, ...summary } = summariseScenario(scenario);
    const mine = calls.filter((call) => call.scenarioVersion.scenarioId === scenario.id);
    // Attempts are the calls that count (counted-call.ts): scored and really held.
    const counted = mine.flatMap((call) => (call.status === "ended" && call.report && countsAsHeld(call.report) ? [call.report] : []));
    const assignment = assignments.find((candidate) => candidate.scenarioId === scenario.id);
    return {
      ...summary,
      titles: scenario.title,
      summary: scenario.summary,
      version,
      dueAt: assignment?.dueAt ?? null,
      assigned: Boolean(assignment),
      attempts: counted.length,
      abandoned: mine.filter((call) => call.outcome === ABANDONED).length,
      openCallId: mine.find((call) => call.status === "active")?.id ?? null,
      bestScore: counted.length ? Math.max(...counted.map((report) => report.overall)) : null,
    };
  });
  const dueTime = (row: (typeof rows)[number]) => row.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return rows.sort((a, b) => Number(b.assigned) - Number(a.assigned) || dueTime(a) - dueTime(b));
}
