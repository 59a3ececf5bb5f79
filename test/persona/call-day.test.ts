import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { simulateCall } from "../../lib/conversation/simulate-call";
import { getScenarioOrThrow } from "../../lib/scenarios/get-scenario";

/** Issue "Customers who listen", observation 3: the customer named June 2025 dates in a December 2026 call. */
describe("the day of the call", () => {
  it("is where the dates the customer names count from, not the case file's print date", async () => {
    const scenario = await getScenarioOrThrow("zh-guilty-cooperative-restaurant-worker");
    const lines = readFileSync(path.join(import.meta.dirname, "scripts", "zh-guilty-cooperative-restaurant-worker", "excellent.txt"), "utf8")
      .split("\n")
      .filter(Boolean);
    const call = await simulateCall(scenario, lines, { seed: 11, callDay: "2026-12-07" });
    const said = call.transcript.turns
      .filter((turn) => turn.speaker === "customer")
      .map((turn) => turn.text)
      .join("\n");
    expect(said).toMatch(/12月1\d[号日]/);
    expect(said).not.toMatch(/6月\d+[号日]/);
  });

  it("is remembered: the customer refers back to terms already said instead of reciting them again", async () => {
    const scenario = await getScenarioOrThrow("zh-guilty-cooperative-restaurant-worker");
    const lines = readFileSync(path.join(import.meta.dirname, "scripts", "zh-guilty-cooperative-restaurant-worker", "excellent.txt"), "utf8")
      .split("\n")
      .filter(Boolean);
    const call = await simulateCall(scenario, lines, { seed: 11, callDay: "2026-12-07" });
    const sentences = call.transcript.turns
      .filter((turn) => turn.speaker === "customer")
      .flatMap((turn) => turn.text.split(/[。!?]/))
      .map((sentence) =>
        sentence
          .replace(/^(?:不好意思|对不起啊|嗯|唉),?/, "")
          .replace(/块钱|块|元/g, "")
          .trim(),
      )
      .filter((sentence) => sentence.length >= 6);
    const repeated = sentences.filter((sentence, index) => sentences.indexOf(sentence) !== index);
    expect(repeated).toEqual([]);
  });
});
