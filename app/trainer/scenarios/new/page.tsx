import { getTranslations } from "next-intl/server";
import { guardPage } from "@/app/_lib/guard-page";
import { ScenarioEditor } from "@/app/trainer/_components/scenario-editor";
import { TemplatePicker } from "@/app/trainer/_components/template-picker";
import { getPrisma } from "@/lib/db/get-database";
import { getReviewTranscript } from "@/lib/quality-review/get-review-transcript";
import { NEW_SCENARIO_TEMPLATE } from "@/lib/scenario-store/new-scenario-template";
import { scenarioFromCall } from "@/lib/scenario-store/scenario-from-call";
import { scenarioTemplate } from "@/lib/scenario-store/scenario-template";
import { ZArchetype } from "@/lib/scenarios/persona-schema";
import { ZLanguage } from "@/lib/transcript/transcript-schema";

/** A new scenario from the blank starting scenario, a customer type's template, or a real call of the trainer's teams. */
export default guardPage("/trainer/scenarios/new", async ({ viewer, searchParams }) => {
  const type = ZArchetype.safeParse(searchParams.type).data;
  const language = ZLanguage.catch("zh-CN").parse(searchParams.language);
  const fromCall = typeof searchParams.fromCall === "string" ? searchParams.fromCall : undefined;
  const call = fromCall ? await getReviewTranscript(await getPrisma(), { viewer, reviewId: fromCall }) : undefined;
  const source = call ? scenarioFromCall(call.transcript, { title: call.fileName ?? call.id }) : type ? scenarioTemplate(type, language) : NEW_SCENARIO_TEMPLATE;
  const t = await getTranslations("trainer.realCalls");
  return (
    <>
      {call ? <p className="intro">{t("draftFrom", { file: call.fileName ?? call.id })}</p> : <TemplatePicker chosen={type} />}
      {/* A new key per starting point, so the editor starts over from the chosen one. */}
      <ScenarioEditor key={`${type}-${language}-${fromCall}`} initialSource={source} />
    </>
  );
});
