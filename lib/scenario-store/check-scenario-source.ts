import { z } from "zod";
import { parseScenario } from "../scenarios/parse-scenario";
import { formatScenarioPath, ScenarioLoadError } from "../scenarios/scenario-error";
import type { TScenario } from "../scenarios/scenario-schema";
import type { TLanguage } from "../transcript/transcript-schema";
import { textIn, ZLocalizedText } from "../i18n/localized-text";

/**
 * One problem in a scenario's YAML as the editor and the API report it: `line N: path: message`.
 * `message` is the English the command line prints; `localizedMessage` has it in both interface
 * languages, and the editor shows the trainer's (scenarioIssueText).
 */
export const ZScenarioIssue = z.object({ path: z.string(), line: z.number().int().positive(), message: z.string(), localizedMessage: ZLocalizedText });
export type TScenarioIssue = z.infer<typeof ZScenarioIssue>;

/** The issue's reason in the interface language. */
export const scenarioIssueText = (issue: TScenarioIssue, language: TLanguage) => textIn(issue.localizedMessage, language);

export type TScenarioCheck = { ok: true; scenario: TScenario } | { ok: false; issues: TScenarioIssue[] };

/**
 * Validates scenario YAML with the same parser the server and the command line use. Pure, so the
 * editor runs it in the browser on every keystroke and the server runs it again before saving.
 */
export function checkScenarioSource(source: string): TScenarioCheck {
  try {
    return { ok: true, scenario: parseScenario(source, "scenario.yaml") };
  } catch (error) {
    if (!(error instanceof ScenarioLoadError)) throw error;
    return {
      ok: false,
      issues: error.errors.map((issue) => ({ path: formatScenarioPath(issue.path), line: issue.line, message: issue.reason, localizedMessage: issue.localizedReason })),
    };
  }
}
