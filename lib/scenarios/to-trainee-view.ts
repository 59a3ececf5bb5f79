import type { TScenario } from "./scenario-schema";

/**
 * Exactly what the browser may receive before and during a call. Built field by field rather than
 * by omitting, so a field added to the scenario later stays private until someone decides otherwise.
 * Who answers the phone and the goals are left out too: finding out is part of the exercise, and
 * goals may name the moment the trainee must stop pressing.
 */
export function toTraineeView(scenario: TScenario) {
  const { persona } = scenario;
  return {
    id: scenario.id,
    title: scenario.title,
    summary: scenario.summary,
    language: scenario.language,
    ruleset: scenario.ruleset,
    difficulty: scenario.difficulty,
    customer: { name: persona.name, age: persona.age, gender: persona.gender },
    caseFile: scenario.caseFile,
    policy: scenario.policy,
  };
}
export type TTraineeView = ReturnType<typeof toTraineeView>;
