import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { endStaleCalls } from "../calls/end-stale-calls";
import { AppError } from "../errors/app-error";
import { ZScenario } from "../scenarios/scenario-schema";
import { toTraineeView } from "../scenarios/to-trainee-view";

export type GetScenarioBriefOptions = { viewer: TViewer; scenarioId: string };

/**
 * What a trainee reads before dialling: the trainee view of the latest version (never the hidden
 * facts); when the scenario is assigned to them or their team, the assignment due first, so
 * the call counts towards it; and their unfinished call on it, if any, to continue rather than
 * start another.
 */
export async function getScenarioBrief(prisma: PrismaClient, { viewer, scenarioId }: GetScenarioBriefOptions) {
  await endStaleCalls(prisma, { traineeId: viewer.id });
  const [version, assignment, openCall] = await Promise.all([
    prisma.scenarioVersion.findFirst({ where: { scenarioId, scenario: { archived: false } }, orderBy: { version: "desc" } }),
    prisma.assignment.findFirst({
      where: { scenarioId, OR: [{ traineeId: viewer.id }, { teamId: { in: viewer.teamIds } }] },
      orderBy: { dueAt: { sort: "asc", nulls: "last" } },
      select: { id: true, dueAt: true },
    }),
    prisma.practiceCall.findFirst({
      where: { traineeId: viewer.id, status: "active", scenarioVersion: { scenarioId } },
      orderBy: { startedAt: "desc" },
      select: { id: true, startedAt: true, _count: { select: { turns: { where: { speaker: "agent" } } } } },
    }),
  ]);
  if (!version) throw new AppError("not_found", `No scenario "${scenarioId}".`);
  return {
    view: toTraineeView(ZScenario.parse(version.content)),
    version: version.version,
    assignment,
    openCall: openCall && { id: openCall.id, startedAt: openCall.startedAt, lines: openCall._count.turns },
  };
}
