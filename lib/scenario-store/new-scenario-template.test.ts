import { describe, expect, it } from "vitest";
import { checkScenarioSource } from "./check-scenario-source";
import { NEW_SCENARIO_TEMPLATE } from "./new-scenario-template";

describe("the new-scenario template", () => {
  it("is a valid scenario", () => {
    expect(checkScenarioSource(NEW_SCENARIO_TEMPLATE)).toMatchObject({ ok: true, scenario: { id: "new-scenario" } });
  });
});
