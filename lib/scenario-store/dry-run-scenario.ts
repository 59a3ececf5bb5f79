import { z } from "zod";
import { simulateCall } from "../conversation/simulate-call";
import { parseScenarioSource } from "./parse-scenario-source";
import { describeDryRun } from "./describe-dry-run";
import { dryRunScript } from "./dry-run-scripts";

export const ZDryRunInput = z
  .object({
    source: z.string().min(1).max(200_000),
    script: z.enum(["compliant", "abusive", "own"]),
    lines: z.array(z.string().max(2_000)).max(100).default([]),
  })
  .transform((input) => ({ ...input, lines: input.lines.map((line) => line.trim()).filter(Boolean) }))
  .refine((input) => input.script !== "own" || input.lines.length > 0, { path: ["lines"], message: "write at least one line" });
export type TDryRunInput = z.input<typeof ZDryRunInput>;

/** One fixed seed (the teaching scripts use it too): a trainer comparing two edits must see the effect of the edit, not of chance. */
export const DRY_RUN_SEED = 1;

/**
 * Plays a script against a scenario that may not be saved yet, with the offline customer, and
 * scores it. Nothing is stored: a dry run is the trainer's test, not a trainee's result.
 */
export async function dryRunScenario(input: TDryRunInput) {
  const { source, script, lines } = ZDryRunInput.parse(input);
  const scenario = parseScenarioSource(source);
  const agentLines = script === "own" ? lines : dryRunScript(script, scenario);
  const call = await simulateCall(scenario, agentLines, { seed: DRY_RUN_SEED });
  return describeDryRun(scenario, call);
}
export type TDryRunResult = Awaited<ReturnType<typeof dryRunScenario>>;
