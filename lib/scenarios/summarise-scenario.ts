import type { TScenario } from "./scenario-schema";
import { textIn } from "../i18n/localized-text";

/** One row of `npm run scenarios -- --json` (interfaces.md §3); the title is in the scenario's own language. */
export function summariseScenario(scenario: TScenario) {
  return {
    id: scenario.id,
    title: textIn(scenario.title, scenario.language),
    language: scenario.language,
    ruleset: scenario.ruleset,
    archetype: scenario.persona.archetype,
    coreArchetype: scenario.persona.coreArchetype,
    answeredBy: scenario.answeredBy.party,
    difficulty: scenario.difficulty,
  };
}
export type TScenarioSummary = ReturnType<typeof summariseScenario>;
