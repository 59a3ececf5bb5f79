import { guardRoute, readJson } from "@/app/_lib/guard-route";
import { getPrisma } from "@/lib/db/get-database";
import { BODY_LIMITS } from "@/lib/http/read-limited-body";
import { enforceRateLimit, RATE_RULES } from "@/lib/rate-limit/consume-rate-limit";
import { dryRunTeachingScripts, ZTeachingDryRunInput } from "@/lib/scenario-store/dry-run-teaching-scripts";

/** Plays the scenario's excellent, average and abusive scripts against the editor's YAML; nothing is stored. */
export const POST = guardRoute("/api/trainer/dry-run/teaching", async (request, { viewer }) => {
  const input = ZTeachingDryRunInput.parse(await readJson(request, BODY_LIMITS.scenario));
  await enforceRateLimit(await getPrisma(), `dry-run:${viewer.id}`, RATE_RULES.dryRun);
  return dryRunTeachingScripts(input);
});
