import { readFile } from "node:fs/promises";
import { parseScenario } from "./parse-scenario";
import type { TScenario } from "./scenario-schema";

/** Reads and validates one scenario file; errors name the file as given. */
export async function loadScenarioFile(file: string): Promise<TScenario> {
  return parseScenario(await readFile(file, "utf8"), file);
}
