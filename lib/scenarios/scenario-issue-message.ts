import { z } from "zod";
import { fixedReason, reasonInParams } from "./scenario-reasons";
import type { TLocalizedText } from "../i18n/localized-text";

type TIssue = z.core.$ZodIssue | z.core.$ZodRawIssue;

/**
 * Zod's wording is written for developers ("Invalid input: expected number, received string");
 * trainers editing YAML get plainer sentences. Returning undefined keeps Zod's own message.
 */
export const scenarioIssueMessage: z.core.$ZodErrorMap = (issue) => builtInReason(issue)?.en;

/**
 * Both languages of an issue from a parse with `{ error: scenarioIssueMessage, reportInput: true }`:
 * the reason a custom issue carries, a schema's fixed message, the plainer sentences below, or, for
 * kinds no scenario field should produce, Zod's own English and Chinese.
 */
export function scenarioIssueReason(issue: z.core.$ZodIssue): TLocalizedText {
  const carried = issue.code === "custom" ? reasonInParams(issue.params) : undefined;
  if (carried) return carried;
  const fixed = fixedReason(issue.message);
  if (fixed) return fixed;
  const builtIn = builtInReason(issue);
  if (builtIn?.en === issue.message) return builtIn;
  const zodChinese = z.locales.zhCN().localeError(issue as z.core.$ZodRawIssue);
  return { en: issue.message, zh: (typeof zodChinese === "string" ? zodChinese : zodChinese?.message) ?? issue.message };
}

function builtInReason(issue: TIssue): TLocalizedText | undefined {
  const missing = issue.input === undefined;
  switch (issue.code) {
    case "invalid_type": {
      const expected = typeName(issue.expected);
      if (missing) return { en: `missing required field (expected ${expected.en})`, zh: `缺少必填字段(应为${expected.zh})` };
      const got = describeValue(issue.input);
      return { en: `expected ${expected.en}, got ${got.en}`, zh: `应为${expected.zh},实际是${got.zh}` };
    }
    case "invalid_value": {
      const options = issue.values.map((value) => JSON.stringify(value));
      if (missing) return { en: `missing required field (one of ${options.join(", ")})`, zh: `缺少必填字段(可选值:${options.join("、")})` };
      const got = describeValue(issue.input);
      return { en: `expected one of ${options.join(", ")}, got ${got.en}`, zh: `应为以下之一:${options.join("、")},实际是${got.zh}` };
    }
    case "too_small": {
      const { en, zh } = unit(issue.origin, issue.minimum);
      if (issue.inclusive && issue.origin === "string" && Number(issue.minimum) === 1) return { en: `expected at least 1${en}`, zh: "不能为空" };
      if (issue.inclusive) return { en: `expected at least ${issue.minimum}${en}`, zh: zh ? `至少需要 ${issue.minimum} ${zh}` : `应不小于 ${issue.minimum}` };
      return { en: `expected more than ${issue.minimum}${en}`, zh: zh ? `应多于 ${issue.minimum} ${zh}` : `应大于 ${issue.minimum}` };
    }
    case "too_big": {
      const { en, zh } = unit(issue.origin, issue.maximum);
      if (issue.inclusive) return { en: `expected at most ${issue.maximum}${en}`, zh: zh ? `最多 ${issue.maximum} ${zh}` : `应不超过 ${issue.maximum}` };
      return { en: `expected less than ${issue.maximum}${en}`, zh: zh ? `应少于 ${issue.maximum} ${zh}` : `应小于 ${issue.maximum}` };
    }
    case "invalid_union":
      return missing ? { en: "missing required field", zh: "缺少必填字段" } : undefined;
    default:
      return undefined;
  }
}

const TYPE_NAMES_ZH: Record<string, string> = {
  number: "数字",
  int: "整数",
  string: "文本",
  boolean: "布尔值(true 或 false)",
  object: "对象(一组字段)",
  array: "列表",
  date: "日期",
};

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
const typeName = (type: string): TLocalizedText => ({ en: article(type), zh: TYPE_NAMES_ZH[type] ?? type });

function unit(origin: string, count: number | bigint): TLocalizedText {
  if (origin === "string") return { en: count === 1 ? " character" : " characters", zh: "个字符" };
  if (origin === "array") return { en: count === 1 ? " item" : " items", zh: "项" };
  return { en: "", zh: "" };
}

function describeValue(value: unknown): TLocalizedText {
  if (value === null) return { en: "nothing (null)", zh: "空值(null)" };
  if (Array.isArray(value)) return { en: "a list", zh: "列表" };
  if (typeof value === "string") {
    const quoted = JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
    return { en: `the text ${quoted}`, zh: `文本 ${quoted}` };
  }
  if (typeof value === "object") return { en: "a mapping", zh: "一组字段" };
  const en = `${article(typeof value)} ${String(value)}`;
  if (typeof value === "boolean") return { en, zh: String(value) };
  return { en, zh: `${TYPE_NAMES_ZH[typeof value] ?? typeof value} ${String(value)}` };
}
