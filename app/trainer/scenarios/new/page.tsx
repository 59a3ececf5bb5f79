import { guardPage } from "@/app/_lib/guard-page";
import { ScenarioEditor } from "@/app/trainer/_components/scenario-editor";
import { TemplatePicker } from "@/app/trainer/_components/template-picker";
import { NEW_SCENARIO_TEMPLATE } from "@/lib/scenario-store/new-scenario-template";
import { scenarioTemplate } from "@/lib/scenario-store/scenario-template";
import { ZArchetype } from "@/lib/scenarios/persona-schema";
import { ZLanguage } from "@/lib/transcript/transcript-schema";

export default guardPage("/trainer/scenarios/new", async ({ searchParams }) => {
  const type = ZArchetype.safeParse(searchParams.type).data;
  const language = ZLanguage.catch("zh-CN").parse(searchParams.language);
  const source = type ? scenarioTemplate(type, language) : NEW_SCENARIO_TEMPLATE;
  return (
    <>
      <TemplatePicker chosen={type} />
      {/* A new key per template, so the editor starts over from the chosen one. */}
      <ScenarioEditor key={`${type}-${language}`} initialSource={source} />
    </>
  );
});
