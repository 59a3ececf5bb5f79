import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error";
import { dryRunScenario } from "./dry-run-scenario";
import { NEW_SCENARIO_TEMPLATE } from "./new-scenario-template";
import { setScenarioField } from "./set-scenario-field";

const english = readFileSync("scenarios/us-confused-balance-grew.yaml", "utf8");

describe("dryRunScenario", () => {
  it.each([
    ["zh-CN template", NEW_SCENARIO_TEMPLATE],
    ["us scenario", english],
  ])("scores the built-in compliant call well and the abusive one low (%s)", async (_name, source) => {
    const compliant = await dryRunScenario({ source, script: "compliant" });
    const abusive = await dryRunScenario({ source, script: "abusive" });

    expect(compliant.report.scores.compliance).toBe(100);
    expect(compliant.report.findings.map((finding) => finding.category)).toEqual(expect.arrayContaining(["self_identification", "empathy", "options_offered"]));
    expect(abusive.report.scores.overall).toBeLessThanOrEqual(40);
    expect(abusive.report.findings.map((finding) => finding.category)).toEqual(expect.arrayContaining(["abuse", "threat"]));
    expect(compliant.turns.filter((turn) => turn.speaker === "customer").length).toBeGreaterThan(1);
  });

  it("plays the trainer's own lines, skipping blank ones", async () => {
    const result = await dryRunScenario({ source: NEW_SCENARIO_TEMPLATE, script: "own", lines: ["您好,请问是张伟本人吗?", "  ", "好的,谢谢,再见。"] });
    expect(result.turns.filter((turn) => turn.speaker === "agent").map((turn) => turn.text)).toEqual(["您好,请问是张伟本人吗?", "好的,谢谢,再见。"]);
    expect(result.outcome).toBeTruthy();
  });

  it("plays an edited scenario, and refuses an invalid one with its problems", async () => {
    const harder = setScenarioField(NEW_SCENARIO_TEMPLATE, ["persona", "traits", "patience"], 0);
    expect((await dryRunScenario({ source: harder, script: "abusive" })).outcome).not.toBe("plan_agreed");

    const invalid = setScenarioField(NEW_SCENARIO_TEMPLATE, ["persona", "traits", "patience"], 2);
    const error = await dryRunScenario({ source: invalid, script: "compliant" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details).toEqual([expect.objectContaining({ path: "persona.traits.patience" })]);
  });
});
