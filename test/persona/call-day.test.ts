import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { simulateCall } from "../../lib/conversation/simulate-call";
import { getScenarioOrThrow } from "../../lib/scenarios/get-scenario";

const SCENARIO = "zh-guilty-cooperative-restaurant-worker";

/** What the customer said in the excellent teaching script's call, made on 7 December 2026. */
async function customerLines(): Promise<string[]> {
  const scenario = await getScenarioOrThrow(SCENARIO);
  const lines = readFileSync(path.join("scenarios", "scripts", SCENARIO, "excellent.txt"), "utf8")
    .split("\n")
    .filter(Boolean);
  const call = await simulateCall(scenario, lines, { seed: 11, callDay: "2026-12-07" });
  return call.transcript.turns.filter((turn) => turn.speaker === "customer").map((turn) => turn.text);
}

/** Issue "Customers who listen", observation 3: June 2025 dates in a December 2026 call, and terms recited again and again. */
describe("the offline customer", () => {
  it("counts the dates it names from the day of the call, not the case file's print date", async () => {
    const said = (await customerLines()).join("\n");
    expect(said).toMatch(/(?:12月)?1\d[号日]/);
    expect(said).not.toMatch(/6月\d+[号日]/);
  });

  it("refers back to terms already said instead of reciting them again", async () => {
    const sentences = (await customerLines())
      .flatMap((text) => text.split(/[。!?]/))
      .map((sentence) =>
        sentence
          .replace(/^(?:不好意思|对不起啊|嗯|唉),?/, "")
          .replace(/块钱|块|元/g, "")
          .trim(),
      )
      .filter((sentence) => sentence.length >= 6);
    expect(sentences.filter((sentence, index) => sentences.indexOf(sentence) !== index)).toEqual([]);
  });
});
