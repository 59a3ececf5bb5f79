import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { simulateCall } from "../../lib/conversation/simulate-call";
import { getScenarioOrThrow } from "../../lib/scenarios/get-scenario";

/** Issue "Customers who listen", observation 3: the customer named June 2025 dates in a December 2026 call. */
describe("the day of the call", () => {
  it("is where the dates the customer names count from, not the case file's print date", async () => {
    const scenario = await getScenarioOrThrow("zh-guilty-cooperative-restaurant-worker");
    const lines = readFileSync(path.join(import.meta.dirname, "scripts", "zh-guilty-cooperative-restaurant-worker", "excellent.txt"), "utf8").split("\n").filter(Boolean);
    const call = await simulateCall(scenario, lines, { seed: 11, callDay: "2026-12-07" });
    const said = call.transcript.turns.filter((turn) => turn.speaker === "customer").map((turn) => turn.text).join("\n");
    expect(said).toMatch(/12月1\d[号日]/);
    expect(said).not.toMatch(/6月\d+[号日]/);
  });
});
