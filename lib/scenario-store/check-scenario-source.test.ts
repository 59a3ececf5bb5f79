import { describe, expect, it } from "vitest";
import { checkScenarioSource } from "./check-scenario-source";
import { NEW_SCENARIO_TEMPLATE } from "./new-scenario-template";
import { setScenarioField } from "./set-scenario-field";

describe("checkScenarioSource", () => {
  it("names the line, the path and the reason of each problem", () => {
    const source = setScenarioField(NEW_SCENARIO_TEMPLATE, ["persona", "traits", "initialTrust"], 2);
    expect(checkScenarioSource(source)).toEqual({
      ok: false,
      issues: [{ path: "persona.traits.initialTrust", line: 21, message: "expected a number between 0 and 1" }],
    });
  });

  it("reports a YAML syntax error at its line, with no path", () => {
    const check = checkScenarioSource("id: x\ntitle: [\n");
    expect(check.ok).toBe(false);
    expect(!check.ok && check.issues[0]).toMatchObject({ path: "", line: 3 });
  });
});
