import { readFile } from "node:fs/promises";
import path from "node:path";
import type { TScenario } from "../scenarios/scenario-schema";
import { dryRunScript } from "./dry-run-scripts";

export const TEACHING_SCRIPT_KINDS = ["excellent", "average", "abusive"] as const;
export type TTeachingScriptKind = (typeof TEACHING_SCRIPT_KINDS)[number];

/** Where the shipped scenarios' teaching scripts live: one folder per scenario id (scenarios/scripts/README.md). */
export const TEACHING_SCRIPT_FOLDER = path.join("scenarios", "scripts");

export type TTeachingScript = {
  kind: TTeachingScriptKind;
  lines: string[];
  /** written: a script written for this scenario; built: made from its case file (dry-run-scripts.ts). */
  origin: "written" | "built";
};

const BUILT_KIND = { excellent: "compliant", average: "average", abusive: "abusive" } as const;

/** A safe folder name only: the id comes from the trainer's YAML, and must never walk out of the folder. */
const SAFE_ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

async function readLines(file: string): Promise<string[] | null> {
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return null;
    throw error;
  });
  return text === null ? null : text.split("\n").filter((line) => line.trim() !== "");
}

/**
 * The excellent, average and abusive scripts of a scenario: the ones written for it when it ships
 * with them, else ones built from its own names and figures, so a new scenario can be checked too.
 */
export async function teachingScripts(scenario: TScenario, folder: string = TEACHING_SCRIPT_FOLDER): Promise<TTeachingScript[]> {
  return Promise.all(
    TEACHING_SCRIPT_KINDS.map(async (kind): Promise<TTeachingScript> => {
      const written = SAFE_ID.test(scenario.id) ? await readLines(path.join(folder, scenario.id, `${kind}.txt`)) : null;
      return written && written.length > 0 ? { kind, lines: written, origin: "written" } : { kind, lines: dryRunScript(BUILT_KIND[kind], scenario), origin: "built" };
    }),
  );
}
