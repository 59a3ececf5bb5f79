import { normaliseText } from "../../text/normalise-text";
import type { TLanguage } from "../../transcript/transcript-schema";

export type TSpan = { start: number; end: number };

/**
 * One turn prepared for matching, once: the normalised text (same length as the original, so
 * offsets carry over), its sentences (evidence and English negation scope) and, in Chinese, its
 * comma clauses (Chinese negation scope).
 */
export type TTurnText = {
  original: string;
  norm: string;
  language: TLanguage;
  sentences: TSpan[];
  clauses: TSpan[];
};

export function buildTurnText(original: string, language: TLanguage): TTurnText {
  const norm = normaliseText(original);
  return { original, norm, language, sentences: split(norm, false), clauses: language === "zh-CN" ? split(norm, true) : split(norm, false) };
}

/** Splits at ! ? ; and line breaks, at a full stop not inside a number, and (for clauses) at commas. */
function split(norm: string, atCommas: boolean): TSpan[] {
  const spans: TSpan[] = [];
  let start = 0;
  for (let i = 0; i < norm.length; i++) {
    const char = norm[i];
    const next = norm.charCodeAt(i + 1);
    const nextIsDigit = next >= 0x30 && next <= 0x39;
    const boundary = char === "!" || char === "?" || char === ";" || char === "\n" || (char === "." && !nextIsDigit) || (atCommas && char === "," && !nextIsDigit);
    if (boundary) {
      if (i > start) spans.push({ start, end: i });
      start = i + 1;
    }
  }
  if (norm.length > start) spans.push({ start, end: norm.length });
  return spans;
}

/** The span that contains `index` (binary search over sorted spans). */
export function spanAt(spans: readonly TSpan[], index: number): TSpan {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle]!;
    if (index < span.start) high = middle - 1;
    else if (index >= span.end) low = middle + 1;
    else return span;
  }
  return { start: index, end: index };
}
