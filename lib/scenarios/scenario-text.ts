import { z } from "zod";
import type { TLanguage } from "../transcript/transcript-schema";
import type { TLocalizedText } from "./localized-text";
import { scenarioReasons } from "./scenario-reasons";
import { unlessMissing } from "./unless-missing";

export { type TLocalizedText, ZLocalizedText } from "./localized-text";

/**
 * Words the customer knows or says: plain text in the scenario's language, or per language when a
 * trainer wants the same scenario to be playable in both.
 */
export const ZScenarioText = z
  .union(
    [
      z.string().min(1),
      z.strictObject({
        zh: z.string().min(1).optional().describe("Simplified Chinese"),
        en: z.string().min(1).optional().describe("English"),
      }),
    ],
    { error: unlessMissing(scenarioReasons.scenarioText) },
  )
  .describe("Text in the scenario's language, or { zh, en }");
export type TScenarioText = z.infer<typeof ZScenarioText>;

const languageKey = (language: TLanguage) => (language === "zh-CN" ? "zh" : "en");

/** The version for this language; undefined only when a scenario text's object form lacks it. */
export function textIn(text: TLocalizedText, language: TLanguage): string;
export function textIn(text: TScenarioText, language: TLanguage): string | undefined;
export function textIn(text: TScenarioText, language: TLanguage): string | undefined {
  return typeof text === "string" ? text : text[languageKey(language)];
}
