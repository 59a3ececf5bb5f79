import type { TArchetype } from "../scenarios/persona-schema";
import type { TLanguage } from "../transcript/transcript-schema";
import { CUSTOMER_TYPE_PRESETS } from "./customer-type-presets";
import { NEW_SCENARIO_TEMPLATE } from "./new-scenario-template";
import { NEW_SCENARIO_TEMPLATE_EN } from "./new-scenario-template-en";
import { setScenarioFields } from "./set-scenario-field";

const BASE: Record<TLanguage, string> = { "zh-CN": NEW_SCENARIO_TEMPLATE, en: NEW_SCENARIO_TEMPLATE_EN };

/**
 * A valid starting scenario for one customer type in one language (Chinese calls under the cn
 * rule set, English ones under us): the language's starting scenario with the type's traits,
 * reason, voice and hidden fact written in, for the trainer to edit on in the form.
 */
export function scenarioTemplate(archetype: TArchetype, language: TLanguage): string {
  const preset = CUSTOMER_TYPE_PRESETS[archetype];
  const words = language === "zh-CN" ? "zh" : "en";
  return setScenarioFields(BASE[language], [
    { path: ["id"], value: `new-${archetype.replaceAll("_", "-")}${language === "en" ? "-en" : ""}` },
    { path: ["title"], value: preset.title },
    { path: ["difficulty"], value: preset.difficulty },
    { path: ["persona", "archetype"], value: archetype },
    { path: ["persona", "speakingStyle"], value: preset.speakingStyle[words] },
    { path: ["persona", "traits"], value: preset.traits },
    { path: ["hidden", "reasonKind"], value: preset.reasonKind },
    { path: ["hidden", "realReason"], value: preset.realReason[words] },
    { path: ["hidden", "disclosures", 0], value: { id: "key-fact", fact: preset.fact[words], topic: preset.fact.topic, minTrust: preset.fact.minTrust } },
  ]);
}
