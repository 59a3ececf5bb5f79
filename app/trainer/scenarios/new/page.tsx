import { guardPage } from "@/app/_lib/guard-page";
import { ScenarioEditor } from "@/app/trainer/_components/scenario-editor";
import { NEW_SCENARIO_TEMPLATE } from "@/lib/scenario-store/new-scenario-template";

export default guardPage("/trainer/scenarios/new", async () => <ScenarioEditor initialSource={NEW_SCENARIO_TEMPLATE} />);
