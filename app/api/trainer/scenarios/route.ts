import { guardRoute, readJson } from "@/app/_lib/guard-route";
import { BODY_LIMITS } from "@/lib/http/read-limited-body";
import { getPrisma } from "@/lib/db/get-database";
import { listLatestScenarios } from "@/lib/scenario-store/list-latest-scenarios";
import { saveScenarioSource } from "@/lib/scenario-store/save-scenario-source";
import { ZScenarioSourceInput } from "@/lib/scenario-store/scenario-source-schemas";

export const GET = guardRoute("/api/trainer/scenarios", async () => listLatestScenarios(await getPrisma()));

/** A new scenario from the editor or an uploaded file; 400 lists every {path, line, message}. */
export const POST = guardRoute("/api/trainer/scenarios", async (request, { viewer }) => {
  const input = ZScenarioSourceInput.parse(await readJson(request, BODY_LIMITS.scenario));
  const saved = await saveScenarioSource(await getPrisma(), { ...input, actorId: viewer.id });
  return Response.json({ scenarioId: saved.scenarioId, version: saved.version }, { status: 201 });
});
