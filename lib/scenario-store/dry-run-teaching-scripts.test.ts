import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dryRunScenario } from "./dry-run-scenario";
import { dryRunTeachingScripts } from "./dry-run-teaching-scripts";
import { NEW_SCENARIO_TEMPLATE } from "./new-scenario-template";
import { teachingScripts } from "./teaching-scripts";
import { parseScenarioSource } from "./parse-scenario-source";

const shipped = readFileSync("scenarios/us-confused-balance-grew.yaml", "utf8");

describe("dryRunTeachingScripts", () => {
  it("plays a shipped scenario's own three scripts and ranks them as a trainer expects", async () => {
    const { runs } = await dryRunTeachingScripts({ source: shipped });
    expect(runs.map((run) => [run.kind, run.origin])).toEqual([
      ["excellent", "written"],
      ["average", "written"],
      ["abusive", "written"],
    ]);
    const [excellent, average, abusive] = runs;
    expect(excellent!.passed).toBe(true);
    expect(abusive!.passed).toBe(false);
    expect(abusive!.outcome).toBe("hung_up");
    expect(excellent!.report.scores.overall).toBeGreaterThan(average!.report.scores.overall);
    expect(average!.report.scores.overall).toBeGreaterThan(abusive!.report.scores.overall);
    // The excellent call's first agent line is the one written for this scenario, not a built one.
    expect(excellent!.turns.find((turn) => turn.speaker === "agent")?.text).toBe(readFileSync("scenarios/scripts/us-confused-balance-grew/excellent.txt", "utf8").split("\n")[0]);
  });

  it("shows the mood over each call and which hidden facts each reached", async () => {
    const { runs } = await dryRunTeachingScripts({ source: shipped });
    const [excellent, , abusive] = runs;
    const ids = parseScenarioSource(shipped).hidden.disclosures.map((fact) => fact.id);
    for (const run of runs) {
      expect(run.hiddenFacts.map((fact) => fact.id)).toEqual(ids);
      // One mood per customer reply to a trainee line.
      expect(run.mood.length).toBe(run.turns.filter((turn, index) => turn.speaker === "customer" && run.turns[index - 1]?.speaker === "agent").length);
    }
    expect(excellent!.hiddenFacts.filter((fact) => fact.reached).length).toBeGreaterThan(0);
    expect(abusive!.hiddenFacts.some((fact) => fact.reached)).toBe(false);
    expect(abusive!.mood.some((point) => point.mood === "angry")).toBe(true);
    expect(abusive!.mood.some((point) => point.shift === "worse")).toBe(true);
  });

  it("builds the three scripts from the case file of a scenario that ships none", async () => {
    const scripts = await teachingScripts(parseScenarioSource(NEW_SCENARIO_TEMPLATE));
    expect(scripts.map((script) => script.origin)).toEqual(["built", "built", "built"]);
    const { runs } = await dryRunTeachingScripts({ source: NEW_SCENARIO_TEMPLATE });
    expect(runs.map((run) => run.passed)).toEqual([true, false, false]);
    expect(runs[1]!.report.findings.some((finding) => finding.severity !== "positive")).toBe(true);
  });

  it("reports the mood and the hidden facts on a single dry run too", async () => {
    const result = await dryRunScenario({ source: NEW_SCENARIO_TEMPLATE, script: "compliant" });
    expect(result.mood.length).toBeGreaterThan(1);
    expect(result.hiddenFacts).toEqual([expect.objectContaining({ id: "lost-job", reached: expect.any(Boolean) })]);
  });
});
