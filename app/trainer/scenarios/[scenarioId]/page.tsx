import { guardPage } from "@/app/_lib/guard-page";
import { ScenarioEditor } from "@/app/trainer/_components/scenario-editor";
import { getPrisma } from "@/lib/db/get-database";
import { getScenarioVersion } from "@/lib/scenario-store/get-scenario-version";

export default guardPage<{ scenarioId: string }>("/trainer/scenarios/[scenarioId]", async ({ params }) => {
  const latest = await getScenarioVersion(await getPrisma(), { scenarioId: params.scenarioId });
  return <ScenarioEditor scenarioId={latest.scenarioId} version={latest.version} initialSource={latest.source} />;
});
