import type { PrismaClient } from "../../generated/prisma/client";
import { ZScenario, type TScenario } from "../scenarios/scenario-schema";

export type TStoredScenario = { scenarioId: string; versionId: string; version: number; createdAt: Date; scenario: TScenario };

/** The newest version of every scenario that is not archived, in id order. */
export async function listLatestScenarios(prisma: PrismaClient): Promise<TStoredScenario[]> {
  const scenarios = await prisma.scenario.findMany({
    where: { archived: false },
    orderBy: { id: "asc" },
    include: { versions: { orderBy: { version: "desc" }, take: 1 } },
  });
  return scenarios.flatMap(({ id, versions: [latest] }) =>
    latest ? [{ scenarioId: id, versionId: latest.id, version: latest.version, createdAt: latest.createdAt, scenario: ZScenario.parse(latest.content) }] : [],
  );
}
