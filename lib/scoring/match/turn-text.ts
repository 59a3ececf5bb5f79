import { normaliseText } from "../../text/normalise-text";
import type { TLanguage } from "../../transcript/transcript-schema";

export type TSpan = { start: number; end: number };

/**
 * One turn prepared for matching, once: the normalised text, its sentences (evidence and English
 * negation scope) and, in Chinese, its comma clauses (Chinese negation scope). The normalised text
 * has the original's offsets, except where speech-to-text split Chinese into words: there the
 * spaces are taken out and `toOriginal` maps each offset back, so quotes stay the turn's own words.
 */
export type TTurnText = {
  original: string;
  norm: string;
  language: TLanguage;
  sentences: TSpan[];
  clauses: TSpan[];
  toOriginal?: readonly number[];
};

export function buildTurnText(original: string, language: TLanguage): TTurnText {
  const folded = normaliseText(original);
  const joined = language === "zh-CN" ? joinSegmentedWords(folded) : restoreApostrophes(folded);
  const norm = joined?.norm ?? folded;
  const sentences = split(norm, false);
  const clauses = language === "zh-CN" ? split(norm, true) : sentences;
  return { original, norm, language, sentences, clauses, ...(joined ? { toOriginal: joined.toOriginal } : {}) };
}

/** The turn's own words for a span of the normalised text. */
export function quoteOf(text: TTurnText, start: number, end: number): string {
  const [from, to] = originalSpan(text, start, end);
  return text.original.slice(from, to);
}

/** A span of the normalised text as offsets into the original. */
export function originalSpan(text: TTurnText, start: number, end: number): [number, number] {
  const map = text.toOriginal;
  if (!map) return [start, end];
  const from = map[Math.min(start, map.length - 1)]!;
  return [from, end > start ? map[Math.min(end - 1, map.length - 2)]! + 1 : from];
}

/** A Chinese character, as the scorer and the learned reader read one. */
export const isHanCode = (code: number) => code >= 0x3400 && code <= 0x9fff;
const isDigitCode = (code: number) => code >= 0x30 && code <= 0x39;

/** "先 把 三千 还 了" read as "先把三千还了": spaces between Chinese words (or a figure and a word) go. */
function joinSegmentedWords(folded: string): { norm: string; toOriginal: number[] } | undefined {
  if (!/[\u3400-\u9fff] +[\u3400-\u9fff\d]|\d +[\u3400-\u9fff]/.test(folded)) return undefined;
  const kept: string[] = [];
  const toOriginal: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (folded[i] === " " && betweenWords(folded, i)) continue;
    kept.push(folded[i]!);
    toOriginal.push(i);
  }
  toOriginal.push(folded.length);
  return { norm: kept.join(""), toOriginal };
}

/**
 * Contractions speech-to-text writes without the apostrophe ("we wont call", "im not"), where the apostrophe goes.
 * "ill" and "well" only before a verb ("ill send it", "well only contact her office"): "I feel ill", "well, …" stay.
 */
const BARE_CONTRACTION =
  /\b(?:(?:do|does|did|ca|could|would|should|wo|is|was|were|are|have|has|had|ai|must|need)n(?=t\b)|i(?=m\b)|(?:i|you|we|they)(?=ve\b)|(?:you|they)(?=re\b)|(?:you|they|it|that)(?=ll\b)|(?:i|we)(?=ll (?:only|just|also|never|not|send|mark|note|put|pass|get|make|call|contact|write|email|text|check|look|ask|be|have|do|let|set|take|give|update|see|try|talk|speak|arrange|sort|raise|log|add|flag|stop|keep|leave|follow|confirm|submit|request|freeze|hold|pause|review|deal|need|go|come|help|explain)\b)|(?:you|it|that|there)(?=d\b)|(?:that|what|there|here|how|where|who)(?=s\b))/g;

/** "we wont call your boss" read as "we won't call your boss", so negation and patterns see the contraction. */
function restoreApostrophes(folded: string): { norm: string; toOriginal: number[] } | undefined {
  const at = [...folded.matchAll(BARE_CONTRACTION)].map((match) => match.index + match[0].length);
  if (at.length === 0) return undefined;
  const kept: string[] = [];
  const toOriginal: number[] = [];
  let next = 0;
  for (let i = 0; i < folded.length; i++) {
    if (i === at[next]) {
      kept.push("'");
      toOriginal.push(i);
      next++;
    }
    kept.push(folded[i]!);
    toOriginal.push(i);
  }
  toOriginal.push(folded.length);
  return { norm: kept.join(""), toOriginal };
}

function betweenWords(folded: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && folded[before] === " ") before--;
  let after = at + 1;
  while (after < folded.length && folded[after] === " ") after++;
  const left = folded.charCodeAt(before);
  const right = folded.charCodeAt(after);
  return (isHanCode(left) && (isHanCode(right) || isDigitCode(right))) || (isDigitCode(left) && isHanCode(right));
}

/** A full stop that ends a title or a company form, not a sentence: "Mr. Hale", "Cobalt Bank, N.A.", "5 p.m.". */
const ABBREVIATION = /(?:^|[^a-z])(?:mr|mrs|ms|mx|dr|prof|jr|sr|inc|ltd|corp|llc|n\.a|u\.s|e\.g|i\.e|a\.m|p\.m|[a-z]\.[a-z])$/;

/** The first full stop of an initialism ("N.A.", "U.K."), seen from two characters before it to two after. */
const INITIAL = /^(?:.?[^a-z]|)[a-z]\.[a-z]\./;

/** Splits at ! ? ; and line breaks, at a full stop not inside a number, and (for clauses) at commas. */
function split(norm: string, atCommas: boolean): TSpan[] {
  const spans: TSpan[] = [];
  let start = 0;
  for (let i = 0; i < norm.length; i++) {
    const char = norm[i];
    const next = norm.charCodeAt(i + 1);
    const nextIsDigit = next >= 0x30 && next <= 0x39;
    const fullStop = char === "." && !nextIsDigit && !ABBREVIATION.test(norm.slice(Math.max(0, i - 5), i)) && !INITIAL.test(norm.slice(Math.max(0, i - 2), i + 3));
    const boundary = char === "!" || char === "?" || char === ";" || char === "\n" || fullStop || (atCommas && char === "," && !nextIsDigit);
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
