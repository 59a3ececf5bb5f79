import { z } from "zod";
import { zhCN } from "zod/locales";
import type { TLocalizedText } from "../i18n/localized-text";
import { ZTranscriptInput } from "../transcript/transcript-schema";

/**
 * Why an uploaded file was refused, as data the page words in the reader's language (the `errors`
 * strings of an upload result stay English, for scripts). A field's problem carries Zod's own
 * message in both interface languages.
 */
export type TFileProblem =
  | { code: "json"; line: number | null; column: number | null }
  | { code: "too_long"; limit: number }
  | { code: "nul" }
  | { code: "not_saved" }
  | { code: "field"; path: string; message: TLocalizedText };

/** Where JSON.parse stopped, as a line and column, when the runtime says. */
function jsonPosition(text: string, error: unknown): { line: number | null; column: number | null } {
  const offset = Number(/position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1] ?? Number.NaN);
  if (Number.isNaN(offset)) return { line: null, column: null };
  const lines = text.slice(0, offset).split("\n");
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/** The problems of a transcript file the interchange format refuses (one per field, in both languages). */
export function transcriptFileProblems(text: string): TFileProblem[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [{ code: "json", ...jsonPosition(text, error) }];
  }
  const english = ZTranscriptInput.safeParse(data);
  if (english.success) return [];
  const chinese = ZTranscriptInput.safeParse(data, { error: zhCN().localeError }).error?.issues ?? [];
  return english.error.issues.map((issue, order) => ({
    code: "field",
    path: z.core.toDotPath(issue.path) || "(root)",
    message: { zh: chinese[order]?.message ?? issue.message, en: issue.message },
  }));
}
