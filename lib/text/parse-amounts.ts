import { parseChineseNumber, type TParsedNumber } from "./parse-chinese-number";
import { isNumberWord, isScaleWord, parseEnglishNumber } from "./parse-english-number";

/** A sum of money found in normalised text; [start, end) indexes the original text too. */
export type TAmount = {
  value: number;
  /** The range the wording allows: 五万多 is 50,000 up to 60,000. */
  low: number;
  high: number;
  /** Place value of the last significant digit: 5.8万 → 1,000; 58,320.50 → 0.01. */
  granularity: number;
  approximate: boolean;
  currency: "CNY" | "USD" | "GBP" | null;
  start: number;
  end: number;
};

const TOKEN = /[0-9零〇一二两三四五六七八九十百千万亿][0-9零〇一二两三四五六七八九十百千万亿.,]*/g;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const WORD = /[a-z]+/g;

// Both currency patterns capture CNY, USD and GBP in groups 1, 2 and 3.
const CURRENCY_BEFORE = /(?:(¥|rmb|cny|人民币)|(\$|usd)|(£|gbp))\s?$/;
const CURRENCY_AFTER = /^\s?(?:(元|块|人民币|rmb|yuan|cny)|(dollars?|bucks|usd)|(pounds?|quid|gbp))/;
const SCALE_AFTER = /^\s?(k|m|bn|thousand|million|grand|hundred)\b/;
const APPROX_BEFORE = /(?:约|大约|大概|差不多|将近|接近|近|about|around|roughly|approximately|nearly|almost|some|over|more than|under|less than|like)\s?$/;
const APPROX_AFTER = /^\s?(?:多|余|来|左右|出头|上下|ish|or so)/;
const OPEN_RANGE_AFTER = /^\s?(?:多|余|出头)/;
const NOT_MONEY_AFTER =
  /^\s?(?:多|来|余)?(?:个月|个|月|期|天|日|号|年|点|岁|次|人|位|条|分之|楼|小时|分钟|周|%|percent|days?|months?|years?|weeks?|hours?|minutes?|am\b|pm\b|a\.m|p\.m|th\b|st\b|nd\b|rd\b|o'clock|times|people|calls?|instal|install|payments\b)/;
const NOT_MONEY_BEFORE =
  /(?:工号|编号|尾号|后四位|后4位|号码|电话|手机|分机|第|id|no\.|number|ext\.?|extension|#|account ending in|ending in|ending|last four|reference|ref\.?)\s?$|(?:尾号|后四位|后4位|卡号|\bending(?: in)?|\blast four)\s?\d{3,6}\s?(?:和|、|及|与|跟|,|\/|and|&)\s?$/;

/** "418 Cedar Lane", "88号楼": a house number, not money. */
const STREET_AFTER = /^\s?(?:[a-z]+ )?(?:lane|street|st|road|rd|avenue|ave|drive|dr|close|way|court|ct|boulevard|blvd|place|crescent|terrace|row|号楼|号院|弄|室|单元)\b/;

/** `smallSums`: read bare figures under 100 as money too, where the words around say they are ("the most I can do is fifty"). */
export type TParseOptions = { smallSums?: boolean };

type TCandidate = { parsed: TParsedNumber; start: number; end: number; grouped: boolean; hasScale: boolean; spelled?: boolean };

/** Finds sums of money in every usual Chinese and English form; times, dates and counts are skipped. */
export function parseAmounts(normalised: string, options: TParseOptions = {}): TAmount[] {
  const amounts: TAmount[] = [];
  for (const candidate of [...digitCandidates(normalised), ...wordCandidates(normalised)]) {
    const amount = toAmount(normalised, candidate, options.smallSums ?? false);
    if (amount) amounts.push(amount);
  }
  return amounts.sort((a, b) => a.start - b.start);
}

function digitCandidates(text: string): TCandidate[] {
  const found: TCandidate[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    let token = match[0].replace(/[.,]+$/, "");
    if (token.includes(",") && !GROUPED.test(token)) token = token.slice(0, token.indexOf(","));
    const grouped = token.includes(",") || /\.\d\d$/.test(token);
    const end = start + token.length;
    const scale = SCALE_AFTER.exec(text.slice(end, end + 10));
    const parsed = parseChineseNumber(token.replaceAll(",", ""));
    if (!parsed) continue;
    if (scale) {
      const multiplier = scaleValue(scale[1] ?? "");
      found.push({
        parsed: { value: round(parsed.value * multiplier), granularity: parsed.granularity * multiplier },
        start,
        end: end + scale[0].length,
        grouped,
        hasScale: true,
      });
    } else found.push({ parsed, start, end, grouped, hasScale: /[十百千万亿]/.test(token) });
  }
  return found;
}

function wordCandidates(text: string): TCandidate[] {
  const found: TCandidate[] = [];
  let run: { word: string; start: number; end: number }[] = [];
  const flush = () => {
    while (run.length > 0 && !isRunEnd(run[run.length - 1]!.word)) run.pop();
    // A scale word alone ("grand", the m of "i'm") is no number.
    const counted = run.some((item) => !isScaleWord(item.word));
    // Without hundred or thousand ("ninety nine") a figure is money only where a currency or the
    // caller says so (toAmount): counting words are everywhere in speech.
    const parsed = counted
      ? parseEnglishNumber(
          run.map((item) => item.word),
          false,
        )
      : null;
    const hasScale = run.some((item) => isScaleWord(item.word));
    if (parsed) found.push({ parsed, start: run[0]!.start, end: run[run.length - 1]!.end, grouped: false, hasScale, spelled: true });
    run = [];
  };
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const previous = run[run.length - 1];
    // "three grand - three thousand and eighty-seven" is two figures: a spaced dash ends a run.
    const gap = previous === undefined ? "" : text.slice(previous.end, match.index);
    const adjacent = previous !== undefined && (/^(?:\s+|-)$/.test(gap) || (/^,\s*$/.test(gap) && isScaleWord(previous.word) && previous.word !== "hundred"));
    if (previous && !adjacent) flush();
    // "a couple of thousand" joins a count to its scale; "a last one of one twenty" is two numbers.
    const joins = word === "and" || (word === "of" && /^\s+(?:hundred|thousand|grand|million)\b/.test(text.slice(match.index + word.length)));
    if (isNumberWord(word) || (run.length > 0 && joins)) {
      run.push({ word, start: match.index, end: match.index + word.length });
    } else if (run.length > 0) flush();
  }
  flush();
  return found;
}

const isRunEnd = (word: string) => word !== "and" && word !== "of" && word !== "a" && word !== "an";

function toAmount(text: string, candidate: TCandidate, smallSums: boolean): TAmount | null {
  const { parsed, start, end, grouped, hasScale } = candidate;
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 12);
  const currencyBefore = CURRENCY_BEFORE.exec(before);
  const currencyAfter = CURRENCY_AFTER.exec(after);
  const currency = currencyFrom(currencyBefore) ?? currencyFrom(currencyAfter);
  // 看病这一块, 那一块: "this part", not one yuan.
  if (parsed.value === 1 && /[这那哪]$/.test(before)) return null;
  if (!currency) {
    if (NOT_MONEY_AFTER.test(after) || NOT_MONEY_BEFORE.test(before)) return null;
    const plainDigits = !hasScale && !grouped;
    if ((parsed.value < 100 && !smallSums) || (plainDigits && parsed.value >= 1e7) || (candidate.spelled && !hasScale && !smallSums)) return null;
    if (/^[- ]\d/.test(after) || /\d[- ]$/.test(before)) return null; // phone numbers: 400-820-1234, 0800 138 1111
    if (STREET_AFTER.test(after)) return null;
    if (/[a-z]-?$/.test(before) || /^-?[a-z]/.test(after)) return null; // codes: 工号CD0100, A1024, 77Q-3318
  }
  const openRange = OPEN_RANGE_AFTER.test(after);
  const approximate = APPROX_BEFORE.test(before) || APPROX_AFTER.test(after) || parsed.low !== undefined;
  return {
    value: parsed.value,
    low: parsed.low ?? parsed.value,
    high: openRange ? parsed.value + parsed.granularity : parsed.value,
    granularity: parsed.granularity,
    approximate,
    currency,
    start: /[¥$£]$/.test(before) ? start - 1 : start,
    end,
  };
}

function currencyFrom(match: RegExpExecArray | null): TAmount["currency"] {
  if (!match) return null;
  if (match[1] !== undefined) return "CNY";
  return match[2] !== undefined ? "USD" : "GBP";
}

function scaleValue(word: string): number {
  if (word === "hundred") return 100;
  if (word === "m" || word === "million") return 1e6;
  if (word === "bn") return 1e9;
  return 1000;
}

const round = (value: number) => Math.round(value * 100) / 100;
