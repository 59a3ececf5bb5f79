import { z } from "zod";
import type { TLanguage } from "../transcript/transcript-schema";

/**
 * Text in both interface languages, keyed `zh` and `en` as trainers write it in scenario files (and,
 * since the two schemas were merged, in rule sets). The one schema for any text shown in either language.
 */
export const ZLocalizedText = z
  .strictObject({
    zh: z.string().min(1).describe("Simplified Chinese"),
    en: z.string().min(1).describe("English"),
  })
  .describe("Text shown in the interface, in both languages");
export type TLocalizedText = z.infer<typeof ZLocalizedText>;

/** A language's key in a localized text: the language "zh-CN" (of a call or a reader) reads the text's `zh`. */
export const textKey = (language: TLanguage): keyof TLocalizedText => (language === "zh-CN" ? "zh" : "en");

/** The version for this language; undefined only when plain-or-partial text (a scenario text's object form) lacks it. */
export function textIn(text: TLocalizedText, language: TLanguage): string;
export function textIn(text: string | Partial<TLocalizedText>, language: TLanguage): string | undefined;
export function textIn(text: string | Partial<TLocalizedText>, language: TLanguage): string | undefined {
  return typeof text === "string" ? text : text[textKey(language)];
}

/**
 * ZLocalizedText that also reads a text written with `zh-CN` for `zh`, the key rule sets used before
 * their schema and the scenarios' were merged into one: a rule set written then still loads.
 */
export const ZLocalizedTextOrLegacy = z.preprocess((value) => {
  if (value === null || typeof value !== "object" || !("zh-CN" in value) || "zh" in value) return value;
  const { "zh-CN": zh, ...rest } = value as Record<string, unknown>;
  return { zh, ...rest };
}, ZLocalizedText);
