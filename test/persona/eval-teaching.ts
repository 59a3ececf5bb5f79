import path from "node:path";
import { TEACHING_SCRIPT_FOLDER } from "../../lib/scenario-store/teaching-scripts";
import { evaluateTeaching } from "./evaluate-teaching";

/** npm run eval:teaching [-- --holdout]: every shipped scenario against its excellent, average and abusive scripts. */
const folder = process.argv.includes("--holdout") ? path.join(import.meta.dirname, "scripts-holdout") : TEACHING_SCRIPT_FOLDER;
const results = await evaluateTeaching(folder);
for (const row of results) {
  console.log(
    `${row.scenarioId.padEnd(42)} ${row.kind.padEnd(9)} ${row.outcome.padEnd(14)} ${String(row.overall).padStart(3)} ${row.passed ? "pass" : "fail"}  ${row.asExpected ? "as expected" : "NOT as expected"}${row.passed ? "" : `  (${row.reasons.join(", ")})`}`,
  );
}
console.log(`\n${results.filter((row) => row.asExpected).length} of ${results.length} calls went as a trainer would expect`);
