import { describe, expect, it } from "vitest";
import { getScenarioOrThrow, ScenarioNotFoundError } from "./get-scenario";

describe("getScenarioOrThrow", () => {
  it("finds a shipped scenario by id or by path", async () => {
    expect((await getScenarioOrThrow("uk-hardship-first-arrears")).persona.name).toBe("Margaret Ellis");
    expect((await getScenarioOrThrow("scenarios/zh-timid-says-yes.yaml")).id).toBe("zh-timid-says-yes");
  });

  it("throws a not-found error for an unknown id", async () => {
    await expect(getScenarioOrThrow("no-such-scenario")).rejects.toThrow(ScenarioNotFoundError);
  });
});
