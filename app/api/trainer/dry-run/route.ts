import { guardRoute, readJson } from "@/app/_lib/guard-route";
import { getPrisma } from "@/lib/db/get-database";
import { BODY_LIMITS } from "@/lib/http/read-limited-body";
import { enforceRateLimit, RATE_RULES } from "@/lib/rate-limit/consume-rate-limit";
import { dryRunScenario, ZDryRunInput } from "@/lib/scenario-store/dry-run-scenario";

/** Plays a script against the editor's YAML (saved or not) and scores it; nothing is stored. */
export const POST = guardRoute("/api/trainer/dry-run", async (request, { viewer }) => {
  const input = ZDryRunInput.parse(await readJson(request, BODY_LIMITS.scenario));
  await enforceRateLimit(await getPrisma(), `dry-run:${viewer.id}`, RATE_RULES.dryRun);
  return dryRunScenario(input);
});
