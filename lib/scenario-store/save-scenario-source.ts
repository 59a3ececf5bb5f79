import type { PrismaClient } from "../../generated/prisma/client";
import { AppError } from "../errors/app-error";
import { idLine } from "../scenarios/id-line";
import { scenarioReasons } from "../scenarios/scenario-reasons";
import type { TScenarioIssue } from "./check-scenario-source";
import { parseScenarioSource } from "./parse-scenario-source";
import { saveScenarioVersion } from "./save-scenario-version";
import type { TLocalizedText } from "../i18n/localized-text";

export type SaveScenarioSourceOptions = {
  source: string;
  actorId: string;
  /** The scenario this becomes a new version of; omitted, the YAML starts a new scenario. */
  scenarioId?: string;
  /** Name of the uploaded file, when the YAML was imported rather than edited. */
  fileName?: string;
  note?: string;
};

/**
 * Validates a trainer's YAML and saves it as a new version. A new scenario may not take an id in
 * use, and a new version may not change the id: either would silently write into another scenario.
 */
export async function saveScenarioSource(prisma: PrismaClient, { source, actorId, scenarioId, fileName, note }: SaveScenarioSourceOptions) {
  const scenario = parseScenarioSource(source);
  const existing = await prisma.scenario.findUnique({ where: { id: scenario.id }, select: { id: true } });
  const idIssue = (reason: TLocalizedText): TScenarioIssue[] => [{ path: "id", line: idLine(source), message: reason.en, localizedMessage: reason }];
  if (scenarioId === undefined && existing) {
    throw new AppError("conflict", `A scenario with id "${scenario.id}" already exists.`, idIssue(scenarioReasons.idTaken(scenario.id)));
  }
  if (scenarioId !== undefined && scenario.id !== scenarioId) {
    throw new AppError("invalid_input", "A new version must keep the scenario's id.", idIssue(scenarioReasons.idChanged(scenarioId)));
  }
  if (scenarioId !== undefined && !existing) throw new AppError("not_found", `No scenario with id "${scenarioId}".`);
  return saveScenarioVersion(prisma, {
    scenario,
    source,
    actorId,
    note,
    audit: fileName ? { action: "scenario.import", detail: { fileName } } : undefined,
  });
}
