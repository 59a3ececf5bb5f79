import type { z } from "zod";
import { zhCN } from "zod/locales";
import type { TLocalizedText } from "../i18n/localized-text";
import { ZTranscriptInput } from "../transcript/transcript-schema";

/**
 * Why an uploaded file was refused, as data the page words in the reader's language (the `errors`
 * strings of an upload result stay English, for scripts). A field's problem carries its message in
 * both interface languages (fieldMessage).
 */
export type TFileProblem =
  | { code: "json"; line: number | null; column: number | null }
  | { code: "too_long"; limit: number }
  | { code: "nul" }
  | { code: "not_saved" }
  | { code: "field"; path: string; message: TLocalizedText };

const fieldPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>((text, key) => (typeof key === "number" ? `${text}[${key}]` : text === "" ? String(key) : `${text}.${String(key)}`), "") || "(root)";

/** Where JSON.parse stopped, as a line and column, when the runtime says. */
function jsonPosition(text: string, error: unknown): { line: number | null; column: number | null } {
  const offset = Number(/position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1] ?? Number.NaN);
  if (Number.isNaN(offset)) return { line: null, column: null };
  const lines = text.slice(0, offset).split("\n");
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

type TWords = TLocalizedText;

/** What a value is, in words a supervisor reads (never "undefined" or "string"). */
const KIND: Record<string, TWords> = {
  string: { en: "text", zh: "文字" },
  number: { en: "a number", zh: "数字" },
  int: { en: "a whole number", zh: "整数" },
  boolean: { en: "true or false", zh: "true 或 false" },
  array: { en: "a list", zh: "列表" },
  object: { en: "an object", zh: "对象" },
  null: { en: "null", zh: "null" },
};

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

const quoted = (values: readonly unknown[], separator: string) => values.map((value) => JSON.stringify(value)).join(separator);

/**
 * A field's problem in both interface languages, for the kinds of problem the interchange format
 * has: Zod's Chinese messages leave its type names in English ("期望 string，实际接收 undefined"),
 * and the bounds on names and turns are written in English only.
 */
function fieldMessage(issue: z.core.$ZodIssue, data: unknown, chinese: string | undefined): TWords {
  const fallback = { en: issue.message, zh: chinese ?? issue.message };
  switch (issue.code) {
    case "invalid_type": {
      const found = valueAt(data, issue.path);
      if (found === undefined) return { en: "missing: this field is required", zh: "缺少此项(必填)" };
      if (issue.expected === "int" && typeof found === "number") return { en: "must be a whole number", zh: "应为整数" };
      const expected = KIND[issue.expected];
      const actual = KIND[kindOf(found)];
      if (!expected || !actual) return fallback;
      return { en: `should be ${expected.en}, not ${actual.en}`, zh: `应为${expected.zh},不是${actual.zh}` };
    }
    case "invalid_value":
      return { en: `must be one of ${quoted(issue.values, ", ")}`, zh: `只能是以下之一:${quoted(issue.values, "、")}` };
    case "too_small":
      if (issue.origin !== "number") return fallback;
      return { en: `must be ${issue.minimum} or more`, zh: `不能小于 ${issue.minimum}` };
    case "invalid_format":
      if (issue.format === "regex" && issue.path.at(-1) === "startedAt") {
        return { en: issue.message, zh: "需要客户当地的 UTC 时差,例如 +08:00(Z 表示 UTC,不是客户的当地时间)" };
      }
      if (issue.format === "datetime") return { en: "must be a date and time, e.g. 2026-11-20T21:40:00+08:00", zh: "应为日期和时间,例如 2026-11-20T21:40:00+08:00" };
      return fallback;
    case "custom": {
      const { length, limit } = (issue.params ?? {}) as { length?: number; limit?: number };
      if (length === undefined || limit === undefined) return fallback;
      return { en: issue.message, zh: `${length.toLocaleString("zh-CN")} 个字符,超过了上限 ${limit.toLocaleString("zh-CN")} 个字符` };
    }
    default:
      return fallback;
  }
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
    path: fieldPath(issue.path),
    message: fieldMessage(issue, data, chinese[order]?.message),
  }));
}
