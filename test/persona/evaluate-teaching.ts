import { readFileSync } from "node:fs";
import path from "node:path";
import { simulateCall } from "../../lib/conversation/simulate-call";
import { TEACHING_SCRIPT_KINDS as SCRIPT_KINDS, type TTeachingScriptKind as TScriptKind } from "../../lib/scenario-store/teaching-scripts";
import { loadScenarioFolder } from "../../lib/scenarios/load-scenario-folder";
const GOALS = ["promise_to_pay", "plan_agreed", "callback"];

export type TTeachingResult = { scenarioId: string; kind: TScriptKind; outcome: string; overall: number; passed: boolean; reasons: string[]; asExpected: boolean };

/**
 * What a trainer expects of each script (issue "Customers who listen"): an excellent one reaches a
 * goal outcome and passes; an average one leaves findings or misses a goal; an abusive one ends in a
 * hang-up or complaint and fails.
 */
function asExpected(kind: TScriptKind, outcome: string, passed: boolean, faults: number): boolean {
  if (kind === "excellent") return passed && GOALS.includes(outcome);
  if (kind === "abusive") return !passed && (outcome === "hung_up" || outcome === "complaint");
  return faults > 0 || !passed || !GOALS.includes(outcome);
}

/** Plays every shipped scenario with the scripts in `folder` (scenarios/scripts, the tuning set, or test/persona/scripts-holdout). */
export async function evaluateTeaching(folder: string): Promise<TTeachingResult[]> {
  const results: TTeachingResult[] = [];
  for (const { scenario } of await loadScenarioFolder()) {
    for (const kind of SCRIPT_KINDS) {
      const lines = readFileSync(path.join(folder, scenario.id, `${kind}.txt`), "utf8")
        .split("\n")
        .filter((line) => line.trim() !== "");
      const call = await simulateCall(scenario, lines, { seed: 11 });
      const { result, scores, findings } = call.report;
      const passed = result?.passed ?? false;
      const faults = findings.filter((finding) => finding.severity !== "positive").length;
      results.push({
        scenarioId: scenario.id,
        kind,
        outcome: call.outcome,
        overall: scores.overall,
        passed,
        reasons: result?.reasons ?? [],
        asExpected: asExpected(kind, call.outcome, passed, faults),
      });
    }
  }
  return results;
}
