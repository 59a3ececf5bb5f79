import { z } from "zod";
import { simulateCall } from "../conversation/simulate-call";
import { describeDryRun } from "./describe-dry-run";
import { DRY_RUN_SEED } from "./dry-run-scenario";
import { parseScenarioSource } from "./parse-scenario-source";
import { teachingScripts } from "./teaching-scripts";

export const ZTeachingDryRunInput = z.object({ source: z.string().min(1).max(200_000) });
export type TTeachingDryRunInput = z.input<typeof ZTeachingDryRunInput>;

/**
 * Plays the scenario's excellent, average and abusive scripts (teaching-scripts.ts) against the
 * YAML in the editor, saved or not, with the offline customer and the dry run's fixed seed, so the
 * trainer sees the three outcomes side by side before any trainee does. Nothing is stored.
 */
export async function dryRunTeachingScripts(input: TTeachingDryRunInput) {
  const { source } = ZTeachingDryRunInput.parse(input);
  const scenario = parseScenarioSource(source);
  const scripts = await teachingScripts(scenario);
  const runs = [];
  for (const script of scripts) {
    const call = await simulateCall(scenario, script.lines, { seed: DRY_RUN_SEED });
    runs.push({ kind: script.kind, origin: script.origin, ...describeDryRun(scenario, call) });
  }
  return { runs };
}
export type TTeachingDryRunResult = Awaited<ReturnType<typeof dryRunTeachingScripts>>;
