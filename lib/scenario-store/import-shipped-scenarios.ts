import { readFile } from "node:fs/promises";
import type { PrismaClient } from "../../generated/prisma/client";
import { loadScenarioFolder } from "../scenarios/load-scenario-folder";
import { saveScenarioVersion } from "./save-scenario-version";

/**
 * Adds the scenarios shipped in scenarios/ that the database does not know yet, as version 1.
 * Scenarios already there belong to the trainers from then on: a later edit of the shipped file
 * does not overwrite their versions.
 */
export async function importShippedScenarios(prisma: PrismaClient, folder?: string): Promise<string[]> {
  const loaded = await loadScenarioFolder(folder);
  const known = new Set((await prisma.scenario.findMany({ select: { id: true } })).map((row) => row.id));
  const added: string[] = [];
  for (const { file, scenario } of loaded) {
    if (known.has(scenario.id)) continue;
    try {
      await saveScenarioVersion(prisma, { scenario, source: await readFile(file, "utf8"), actorId: null });
      added.push(scenario.id);
    } catch (error) {
      // Another instance imported it at the same moment; the unique version number stopped us.
      if (!(await prisma.scenario.findUnique({ where: { id: scenario.id } }))) throw error;
    }
  }
  return added;
}
