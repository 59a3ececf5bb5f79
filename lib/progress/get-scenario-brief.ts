import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { AppError } from "../errors/app-error";
import { ZScenario } from "../scenarios/scenario-schema";
import { toTraineeView } from "../scenarios/to-trainee-view";

export type GetScenarioBriefOptions = { viewer: TViewer; scenarioId: string };

/**
 * What a trainee reads before dialling: the trainee view of the latest version (never the hidden
 * facts) and, when the scenario is assigned to them or their team, the assignment due first, so
 * the call counts towards it.
 */
export async function getScenarioBrief(prisma: PrismaClient, { viewer, scenarioId }: GetScenarioBriefOptions) {
  const [version, assignment] = await Promise.all([
    prisma.scenarioVersion.findFirst({ where: { scenarioId, scenario: { archived: false } }, orderBy: { version: "desc" } }),
    prisma.assignment.findFirst({
      where: { scenarioId, OR: [{ traineeId: viewer.id }, { teamId: { in: viewer.teamIds } }] },
      orderBy: { dueAt: { sort: "asc", nulls: "last" } },
      select: { id: true, dueAt: true },
    }),
  ]);
  if (!version) throw new AppError("not_found", `No scenario "${scenarioId}".`);
  return { view: toTraineeView(ZScenario.parse(version.content)), version: version.version, assignment };
}
