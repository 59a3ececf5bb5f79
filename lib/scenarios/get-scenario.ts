import { existsSync } from "node:fs";
import { loadScenarioFile } from "./load-scenario-file";
import { DEFAULT_SCENARIO_FOLDER, loadScenarioFolder } from "./load-scenario-folder";
import type { TScenario } from "./scenario-schema";

export class ScenarioNotFoundError extends Error {
  override name = "ScenarioNotFoundError";
}

/** `--scenario ID|PATH`: a path to a file, or the id of a scenario in the folder. */
export async function getScenarioOrThrow(idOrPath: string, folder: string = DEFAULT_SCENARIO_FOLDER): Promise<TScenario> {
  if (/\.ya?ml$/.test(idOrPath) && existsSync(idOrPath)) return loadScenarioFile(idOrPath);
  const found = (await loadScenarioFolder(folder)).find(({ scenario }) => scenario.id === idOrPath);
  if (!found) throw new ScenarioNotFoundError(`no scenario with id "${idOrPath}" in ${folder}`);
  return found.scenario;
}
