import { guardRoute, readJson } from "@/app/_lib/guard-route";
import { dryRunScenario, ZDryRunInput } from "@/lib/scenario-store/dry-run-scenario";

/** Plays a script against the editor's YAML (saved or not) and scores it; nothing is stored. */
export const POST = guardRoute("/api/trainer/dry-run", async (request) => dryRunScenario(ZDryRunInput.parse(await readJson(request))));
