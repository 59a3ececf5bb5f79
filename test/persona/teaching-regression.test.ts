import { describe, expect, it } from "vitest";
import { TEACHING_SCRIPT_FOLDER } from "../../lib/scenario-store/teaching-scripts";
import { evaluateTeaching } from "./evaluate-teaching";

/**
 * Every shipped scenario played with an excellent, an average and an abusive script written without
 * sight of the persona code (scenarios/scripts/README.md). A floor under today's count, to be raised as the
 * customers learn to listen; the held-out scripts are run by `npm run eval:teaching -- --holdout`.
 */
describe("the teaching regression", async () => {
  const results = await evaluateTeaching(TEACHING_SCRIPT_FOLDER);

  it("fails every abusive script with a hang-up or a complaint", () => {
    expect(results.filter((row) => row.kind === "abusive" && !row.asExpected)).toEqual([]);
  });

  it("leaves findings or misses a goal on at least 22 of the 23 average scripts", () => {
    expect(results.filter((row) => row.kind === "average" && row.asExpected).length).toBeGreaterThanOrEqual(22);
  });

  it("keeps at least 64 of the 69 calls as a trainer expects", () => {
    expect(results.filter((row) => row.asExpected).length).toBeGreaterThanOrEqual(64);
  });
});
