import { describe, expect, it } from "vitest";
import { simulateCall } from "../../lib/conversation/simulate-call";
import { getScenarioOrThrow } from "../../lib/scenarios/get-scenario";
import { compliantScript } from "./support/agent-scripts";

const customerLines = (call: Awaited<ReturnType<typeof simulateCall>>) => call.transcript.turns.filter((turn) => turn.speaker === "customer").map((turn) => turn.text);

describe.each(["zh-hardship-factory-shutdown", "us-confused-balance-grew"])("offline wording of %s", (id) => {
  it("repeats a call word for word with the same seed", async () => {
    const scenario = await getScenarioOrThrow(id);
    const [first, second] = await Promise.all([simulateCall(scenario, compliantScript(scenario), { seed: 42 }), simulateCall(scenario, compliantScript(scenario), { seed: 42 })]);
    expect(second.transcript).toEqual(first.transcript);
  });

  it("words the same decisions differently with other seeds, reaching the same outcome", async () => {
    const scenario = await getScenarioOrThrow(id);
    const calls = await Promise.all([1, 2, 3, 4].map((seed) => simulateCall(scenario, compliantScript(scenario), { seed })));
    const wordings = new Set(calls.map((call) => JSON.stringify(customerLines(call))));
    expect(wordings.size).toBe(calls.length);
    expect(new Set(calls.map((call) => call.outcome)).size).toBe(1);
    // Not a fixed script: most replies differ somewhere between two seeds.
    const [a, b] = [customerLines(calls[0]!), customerLines(calls[1]!)];
    expect(a.filter((line, index) => line !== b[index]).length).toBeGreaterThan(a.length / 3);
  });
});
