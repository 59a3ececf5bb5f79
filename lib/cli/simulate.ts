import { readFile } from "node:fs/promises";
import { ZCallDay, today } from "../conversation/call-day";
import { parseArgs } from "node:util";
import { simulateCall, type TSimulatedCall } from "../conversation/simulate-call";
import { getScenarioOrThrow, ScenarioNotFoundError } from "../scenarios/get-scenario";
import { ScenarioLoadError } from "../scenarios/scenario-error";
import { formatReport } from "../scoring/format-report";
import { isEntryPoint } from "./is-entry-point";

/** `npm run --silent simulate -- --scenario ID|PATH --agent FILE [--json] [--seed N] [--today YYYY-MM-DD]` (interfaces.md §3). */
const USAGE = "usage: npm run --silent simulate -- --scenario ID|PATH --agent FILE [--json] [--seed N] [--today YYYY-MM-DD]";

function readable(call: TSimulatedCall): string {
  const lines = call.transcript.turns.map((turn) =>
    turn.speaker === "agent" ? `agent:    ${turn.text}` : `customer${turn.party === "third_party" ? " (third party)" : ""}: ${turn.text}`,
  );
  const { persona } = call;
  return [
    ...lines,
    "",
    `outcome: ${call.outcome}` + (persona.commitment ? ` (${JSON.stringify(persona.commitment)})` : ""),
    `persona: ${persona.phase}, trust ${persona.trust}, anger ${persona.anger}, disclosed [${persona.disclosed.join(", ")}]`,
    "",
    formatReport(call.report, call.transcript.language),
  ].join("\n");
}

/** The command itself, callable in-process (the tests do); exits are left to the caller. */
export async function main(args = process.argv.slice(2)): Promise<number> {
  let values: { scenario?: string; agent?: string; json: boolean; seed?: string; today?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: { scenario: { type: "string" }, agent: { type: "string" }, json: { type: "boolean", default: false }, seed: { type: "string" }, today: { type: "string" } },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!values.scenario || !values.agent) {
    console.error(USAGE);
    return 2;
  }
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isSafeInteger(seed)) {
    console.error(`--seed expects an integer, got "${values.seed}"`);
    return 2;
  }
  const callDay = ZCallDay.safeParse(values.today ?? today());
  if (!callDay.success) {
    console.error(`--today expects a date like 2026-12-07, got "${values.today}"`);
    return 2;
  }
  try {
    const scenario = await getScenarioOrThrow(values.scenario);
    const text = await readFile(values.agent, "utf8");
    const lines = text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== "");
    const call = await simulateCall(scenario, lines, { seed, callDay: callDay.data });
    // The machine's raw state is for storage, not for the command's users.
    const { state: _state, ...printed } = call;
    console.log(values.json ? JSON.stringify(printed) : readable(call));
    return 0;
  } catch (error) {
    if (error instanceof ScenarioNotFoundError || error instanceof ScenarioLoadError) console.error(error.message);
    else if ((error as NodeJS.ErrnoException).code === "ENOENT") console.error(`cannot read the agent file ${values.agent}`);
    else throw error;
    return 1;
  }
}

if (isEntryPoint(import.meta.url)) process.exitCode = await main();
