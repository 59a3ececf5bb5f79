import { parseArgs } from "node:util";
import { DEFAULT_SCENARIO_FOLDER, loadScenarioFolder } from "../scenarios/load-scenario-folder";
import { ScenarioLoadError } from "../scenarios/scenario-error";
import { summariseScenario, type TScenarioSummary } from "../scenarios/summarise-scenario";
import { isEntryPoint } from "./is-entry-point";

/** `npm run --silent scenarios -- [--json] [--dir PATH]` (interfaces.md §3). */
const usage = "usage: npm run --silent scenarios -- [--json] [--dir PATH]";

function table(rows: TScenarioSummary[]): string {
  const header = ["id", "language", "ruleset", "archetype", "answered by", "difficulty", "title"];
  const cells = rows.map((row) => [
    row.id,
    row.language,
    row.ruleset,
    row.archetype === row.coreArchetype ? row.archetype : `${row.archetype} (${row.coreArchetype})`,
    row.answeredBy,
    String(row.difficulty),
    row.title,
  ]);
  // The title comes last: CJK characters are double width, so only columns before it are padded.
  const widths = header.slice(0, -1).map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column]!.length)));
  const line = (values: string[]) => values.map((value, column) => (column < widths.length ? value.padEnd(widths[column]!) : value)).join("  ");
  return [line(header), ...cells.map(line), `${rows.length} scenarios`].join("\n");
}

/** The command itself, callable in-process (the tests do); exits are left to the caller. */
export async function main(args = process.argv.slice(2)): Promise<number> {
  let options: { json: boolean; dir?: string };
  try {
    options = parseArgs({ args, options: { json: { type: "boolean", default: false }, dir: { type: "string" } } }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const folder = options.dir ?? DEFAULT_SCENARIO_FOLDER;
  try {
    const rows = (await loadScenarioFolder(folder)).map(({ scenario }) => summariseScenario(scenario));
    process.stdout.write(options.json ? rows.map((row) => `${JSON.stringify(row)}\n`).join("") : `${table(rows)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ScenarioLoadError) {
      console.error(error.message);
      return 1;
    }
    if ((error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "ENOTDIR") {
      console.error(`cannot read the scenario folder ${folder}`);
      return 1;
    }
    throw error;
  }
}

if (isEntryPoint(import.meta.url)) {
  // A reader that stops early (`| head`) is not an error of this command.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
  process.exitCode = await main();
}
