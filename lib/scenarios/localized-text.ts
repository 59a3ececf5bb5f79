import { z } from "zod";

/** Interface text: trainees and trainers may switch the UI language, so both versions are required. */
export const ZLocalizedText = z
  .strictObject({
    zh: z.string().min(1).describe("Simplified Chinese"),
    en: z.string().min(1).describe("English"),
  })
  .describe("Text shown in the interface, in both languages");
export type TLocalizedText = z.infer<typeof ZLocalizedText>;
