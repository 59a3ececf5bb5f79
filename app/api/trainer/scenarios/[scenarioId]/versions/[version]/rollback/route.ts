import { guardRoute } from "@/app/_lib/guard-route";
import { getPrisma } from "@/lib/db/get-database";
import { rollbackScenario } from "@/lib/scenario-store/rollback-scenario";
import { ZVersionNumber } from "@/lib/scenario-store/scenario-source-schemas";

/** Saves an old version's YAML again as the newest version. */
export const POST = guardRoute<{ scenarioId: string; version: string }>("/api/trainer/scenarios/[scenarioId]/versions/[version]/rollback", async (_request, { viewer, params }) => {
  const saved = await rollbackScenario(await getPrisma(), { scenarioId: params.scenarioId, version: ZVersionNumber.parse(params.version), actorId: viewer.id });
  return Response.json({ scenarioId: saved.scenarioId, version: saved.version }, { status: 201 });
});
