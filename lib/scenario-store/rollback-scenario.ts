import type { PrismaClient } from "../../generated/prisma/client";
import { getScenarioVersion } from "./get-scenario-version";
import { parseScenarioSource } from "./parse-scenario-source";
import { saveScenarioVersion } from "./save-scenario-version";

export type RollbackScenarioOptions = { scenarioId: string; version: number; actorId: string };

/**
 * Rolling back never rewrites history: the old YAML is saved again as the newest version. It is
 * validated again, because the scenario schema may have grown stricter since it was written.
 */
export async function rollbackScenario(prisma: PrismaClient, { scenarioId, version, actorId }: RollbackScenarioOptions) {
  const old = await getScenarioVersion(prisma, { scenarioId, version });
  return saveScenarioVersion(prisma, {
    scenario: parseScenarioSource(old.source),
    source: old.source,
    actorId,
    audit: { action: "scenario.rollback", detail: { from: version } },
  });
}
