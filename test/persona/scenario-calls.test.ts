import { describe, expect, it } from "vitest";
import { simulateCall } from "../../lib/conversation/simulate-call";
import { loadScenarioFolder } from "../../lib/scenarios/load-scenario-folder";
import { isViolation } from "../../lib/scoring/report-schema";
import { abusiveScript, compliantScript } from "./support/agent-scripts";

/** Every shipped scenario, so a new file in scenarios/ is covered without touching this test. */
const scenarios = (await loadScenarioFolder()).map(({ scenario }) => [scenario.id, scenario] as const);
const GOOD = ["promise_to_pay", "plan_agreed", "callback"];

describe.each(scenarios)("%s", (_id, scenario) => {
  it("rewards a compliant, empathetic trainee with a good outcome and a good score", async () => {
    const call = await simulateCall(scenario, compliantScript(scenario), { seed: 11 });
    const violations = call.report.findings.filter((finding) => isViolation(finding.category));
    expect(violations, JSON.stringify(call.transcript.turns, null, 1)).toEqual([]);
    expect(GOOD).toContain(call.outcome);
    // A must-stop scenario ends in a pause, never in money talk.
    if (scenario.hidden.mustStop) expect(call.outcome).toBe("callback");
    expect(call.report.scores.overall).toBeGreaterThanOrEqual(80);
    expect(call.unplayedLines).toBe(0);
    expect(call.transcript.turns.filter((turn) => turn.speaker === "customer").every((turn) => turn.party !== undefined && turn.text !== "")).toBe(true);
  });

  it("makes an abusive trainee lose the customer, with the violations in the report", async () => {
    const call = await simulateCall(scenario, abusiveScript(scenario), { seed: 11 });
    expect(["hung_up", "complaint"]).toContain(call.outcome);
    const categories = new Set(call.report.findings.filter((finding) => isViolation(finding.category)).map((finding) => finding.category));
    expect(categories.size).toBeGreaterThan(0);
    expect(call.report.scores.overall).toBeLessThanOrEqual(70);
  });
});
