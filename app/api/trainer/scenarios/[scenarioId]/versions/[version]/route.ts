import { guardRoute } from "@/app/_lib/guard-route";
import { getPrisma } from "@/lib/db/get-database";
import { getScenarioVersion } from "@/lib/scenario-store/get-scenario-version";
import { ZVersionNumber } from "@/lib/scenario-store/scenario-source-schemas";

/** Exports one version as the YAML it was saved from. */
export const GET = guardRoute<{ scenarioId: string; version: string }>("/api/trainer/scenarios/[scenarioId]/versions/[version]", async (_request, { params }) => {
  const stored = await getScenarioVersion(await getPrisma(), { scenarioId: params.scenarioId, version: ZVersionNumber.parse(params.version) });
  return new Response(stored.source, {
    headers: {
      "content-type": "application/yaml; charset=utf-8",
      "content-disposition": `attachment; filename="${stored.scenarioId}-v${stored.version}.yaml"`,
    },
  });
});
