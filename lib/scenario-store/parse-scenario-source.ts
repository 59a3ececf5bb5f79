import { AppError } from "../errors/app-error";
import type { TScenario } from "../scenarios/scenario-schema";
import { checkScenarioSource } from "./check-scenario-source";

/** The scenario in `source`, or an invalid_input AppError whose details list every {path, line, message}. */
export function parseScenarioSource(source: string): TScenario {
  const check = checkScenarioSource(source);
  if (check.ok) return check.scenario;
  throw new AppError("invalid_input", `The scenario has ${check.issues.length} problem(s).`, check.issues);
}
