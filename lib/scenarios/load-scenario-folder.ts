import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { idLine } from "./id-line";
import { parseScenario } from "./parse-scenario";
import { ScenarioError, ScenarioLoadError } from "./scenario-error";
import { scenarioReasons } from "./scenario-reasons";
import type { TScenario } from "./scenario-schema";

export type TLoadedScenario = { file: string; scenario: TScenario };

/** The shipped scenarios; relative, because commands run from the project root and errors then read `scenarios/x.yaml:3`. */
export const DEFAULT_SCENARIO_FOLDER = "scenarios";

/**
 * Every *.yaml / *.yml scenario in a folder, sorted by file name. Reads all files before failing,
 * so one ScenarioLoadError lists the problems of every file, duplicate ids included.
 */
export async function loadScenarioFolder(folder: string = DEFAULT_SCENARIO_FOLDER): Promise<TLoadedScenario[]> {
  const names = (await readdir(folder)).filter((name) => /\.ya?ml$/.test(name)).sort();
  const loaded: TLoadedScenario[] = [];
  const errors: ScenarioError[] = [];
  const firstFileOfId = new Map<string, string>();

  for (const name of names) {
    const file = path.join(folder, name);
    const text = await readFile(file, "utf8");
    try {
      const scenario = parseScenario(text, file);
      const earlier = firstFileOfId.get(scenario.id);
      if (earlier) {
        errors.push(new ScenarioError(file, idLine(text), ["id"], scenarioReasons.duplicateId(scenario.id, earlier)));
        continue;
      }
      firstFileOfId.set(scenario.id, file);
      loaded.push({ file, scenario });
    } catch (error) {
      if (!(error instanceof ScenarioLoadError)) throw error;
      errors.push(...error.errors);
    }
  }
  if (errors.length > 0) throw new ScenarioLoadError(errors);
  return loaded;
}
