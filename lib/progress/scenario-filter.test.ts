import { describe, expect, it } from "vitest";
import { filterScenarios, scenarioFilterOptions, ZScenarioFilter } from "./scenario-filter";

const rows = [
  { id: "a", language: "zh-CN", archetype: "hardship", difficulty: 1 },
  { id: "b", language: "en", archetype: "angry", difficulty: 3 },
  { id: "c", language: "zh-CN", archetype: "angry", difficulty: 2 },
] as const;

describe("the trainee's scenario filters", () => {
  it("read searchParams: first of a repeated value, and an empty or unknown value as any", () => {
    expect(ZScenarioFilter.parse({ language: ["zh-CN", "en"], archetype: "", difficulty: "2" })).toEqual({ language: "zh-CN", archetype: undefined, difficulty: 2 });
    expect(ZScenarioFilter.parse({ language: "fr", archetype: "grumpy", difficulty: "9" })).toEqual({ language: undefined, archetype: undefined, difficulty: undefined });
    expect(ZScenarioFilter.parse({})).toEqual({ language: undefined, archetype: undefined, difficulty: undefined });
  });

  it("keep the rows that match every filter set, in order", () => {
    expect(filterScenarios(rows, ZScenarioFilter.parse({ language: "zh-CN" })).map((row) => row.id)).toEqual(["a", "c"]);
    expect(filterScenarios(rows, ZScenarioFilter.parse({ archetype: "angry", difficulty: "3" })).map((row) => row.id)).toEqual(["b"]);
    expect(filterScenarios(rows, ZScenarioFilter.parse({}))).toHaveLength(3);
  });

  it("offer only the values some scenario has", () => {
    expect(scenarioFilterOptions(rows)).toEqual({ language: ["en", "zh-CN"], archetype: ["angry", "hardship"], difficulty: [1, 2, 3] });
  });
});
