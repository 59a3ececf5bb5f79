import { parseChineseNumber } from "./parse-chinese-number";
import { ONES } from "./parse-english-number";

export type TDurationUnit = "day" | "week" | "month" | "year" | "instalment";
export type TDuration = { value: number; unit: TDurationUnit; start: number; end: number };

const SMALL_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const UNDER_HUNDRED = `(?:${TENS_WORDS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${SMALL_WORDS}`;
const DURATION = new RegExp(
  `(?<![a-z0-9.])(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百]+|半|(?:a|one|two|three|four|five|six|seven|eight|nine) hundred(?: and (?:${UNDER_HUNDRED}))?|(?:${TENS_WORDS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${SMALL_WORDS}|an?|half a)` +
    `\\s?-?\\s?(?:多|来|余)?(个多月|个月|多个月|期|年|天|周|个星期|星期|months?|years?|days?|weeks?|instal{1,2}ments?|monthly payments|payments)(?![a-z])`,
  "g",
);

const WORD_VALUES: Record<string, number> = { ...ONES, "half a": 0.5 };

/** Finds periods and counts of instalments: 逾期95天, 分60期, 半年, "24 months", "twelve instalments". */
export function parseDurations(normalised: string): TDuration[] {
  const found: TDuration[] = [];
  for (const match of normalised.matchAll(DURATION)) {
    const value = numberValue(match[1] ?? "");
    const unit = unitOf(match[2] ?? "");
    // 2026年 is a date, not a period.
    if (value === null || value <= 0 || (unit === "year" && value > 100)) continue;
    found.push({ value, unit, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

function numberValue(text: string): number | null {
  if (text === "半") return 0.5;
  if (/^\d/.test(text)) return Number(text);
  const hundreds = /^(\w+) hundred(?: and (.+))?$/.exec(text);
  if (hundreds) return (WORD_VALUES[hundreds[1] ?? ""] ?? 0) * 100 + (hundreds[2] ? (numberValue(hundreds[2]) ?? 0) : 0);
  const [tens, ones] = text.split(/[- ]/);
  const word = WORD_VALUES[tens ?? ""];
  if (word !== undefined) return word + (WORD_VALUES[ones ?? ""] ?? 0);
  return parseChineseNumber(text)?.value ?? null;
}

function unitOf(text: string): TDurationUnit {
  if (/天|日|day/.test(text)) return "day";
  if (/周|星期|week/.test(text)) return "week";
  if (/年|year/.test(text)) return "year";
  if (/期|instal|payments/.test(text)) return "instalment";
  return "month";
}

/** Length in months, for comparing plans with the policy's maximum. */
export function toMonths(duration: TDuration): number {
  if (duration.unit === "year") return duration.value * 12;
  if (duration.unit === "week") return duration.value / 4.345;
  if (duration.unit === "day") return duration.value / 30.4;
  return duration.value;
}
