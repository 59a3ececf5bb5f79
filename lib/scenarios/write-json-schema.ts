import { writeFile } from "node:fs/promises";
import path from "node:path";
import { scenarioJsonSchemaText } from "./scenario-json-schema";

/** Regenerates scenarios/scenario.schema.json; run after changing the scenario schema (`tsx lib/scenarios/write-json-schema.ts`). */
const scenarioJsonSchemaFile = path.resolve("scenarios", "scenario.schema.json");

await writeFile(scenarioJsonSchemaFile, scenarioJsonSchemaText());
console.log(`wrote ${path.relative(process.cwd(), scenarioJsonSchemaFile)}`);
