import { guardRoute, readJson } from "@/app/_lib/guard-route";
import { BODY_LIMITS } from "@/lib/http/read-limited-body";
import { getPrisma } from "@/lib/db/get-database";
import { listScenarioVersions } from "@/lib/scenario-store/list-scenario-versions";
import { saveScenarioSource } from "@/lib/scenario-store/save-scenario-source";
import { ZScenarioSourceInput } from "@/lib/scenario-store/scenario-source-schemas";

type Params = { scenarioId: string };

export const GET = guardRoute<Params>("/api/trainer/scenarios/[scenarioId]/versions", async (_request, { params }) => listScenarioVersions(await getPrisma(), params.scenarioId));

/** A new version, edited or imported; 400 lists every {path, line, message} and nothing is saved. */
export const POST = guardRoute<Params>("/api/trainer/scenarios/[scenarioId]/versions", async (request, { viewer, params }) => {
  const input = ZScenarioSourceInput.parse(await readJson(request, BODY_LIMITS.scenario));
  const saved = await saveScenarioSource(await getPrisma(), { ...input, actorId: viewer.id, scenarioId: params.scenarioId });
  return Response.json({ scenarioId: saved.scenarioId, version: saved.version }, { status: 201 });
});
