import { describe, expect, it } from "vitest";
import { ZArchetype } from "../scenarios/persona-schema";
import { checkScenarioSource } from "./check-scenario-source";
import { NEW_SCENARIO_TEMPLATE_EN } from "./new-scenario-template-en";
import { scenarioTemplate } from "./scenario-template";

const cases = ZArchetype.options.flatMap((archetype) => (["zh-CN", "en"] as const).map((language) => [archetype, language] as const));

describe("templates per customer type", () => {
  it("start the English scenario from a valid base", () => {
    expect(checkScenarioSource(NEW_SCENARIO_TEMPLATE_EN).ok).toBe(true);
  });

  it.each(cases)("%s in %s is a valid scenario of that type and language, with the type's own fact", (archetype, language) => {
    const check = checkScenarioSource(scenarioTemplate(archetype, language));
    expect(check.ok ? [] : check.issues).toEqual([]);
    if (!check.ok) return;
    expect(check.scenario).toMatchObject({ language, ruleset: language === "en" ? "us" : "cn", persona: { archetype } });
    expect(check.scenario.hidden.disclosures.map((disclosure) => disclosure.id)).toEqual(["key-fact"]);
  });

  it("keep the trainer's layout: one block per field, no flow maps", () => {
    expect(scenarioTemplate("angry", "en")).toMatch(/\n {2}traits:\n {4}initialTrust: 0.15\n/);
  });
});
