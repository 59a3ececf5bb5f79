import { guardRoute } from "@/app/_lib/guard-route";
import { getPrisma } from "@/lib/db/get-database";
import { filterScenarios, ZScenarioFilter } from "@/lib/progress/scenario-filter";
import { listTraineeScenarios } from "@/lib/scenario-store/list-trainee-scenarios";

/** The trainee's scenarios, filtered like the list page (?language=&archetype=&difficulty=). */
export const GET = guardRoute("/api/trainee/scenarios", async (request, { viewer }) => {
  const filter = ZScenarioFilter.parse(Object.fromEntries(new URL(request.url).searchParams));
  return filterScenarios(await listTraineeScenarios(await getPrisma(), viewer), filter);
});
