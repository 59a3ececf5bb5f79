import { originalSpan, quoteOf, spanAt, type TSpan, type TTurnText } from "./turn-text";

export type THit = TSpan & { sentence: TSpan; clause: TSpan };

/** Every match of a global pattern in the turn, with the sentence and clause around it. */
export function findHits(text: TTurnText, regex: RegExp): THit[] {
  const hits: THit[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text.norm); match; match = regex.exec(text.norm)) {
    if (match[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    const start = match.index;
    const end = start + match[0].length;
    hits.push({ start, end, sentence: near(spanAt(text.sentences, start), start, end), clause: near(spanAt(text.clauses, start), start, end) });
  }
  return hits;
}

/**
 * Context checks (negation, hedging, framing) read the hit's sentence. A turn without punctuation
 * is one huge sentence, so the context is clipped around the hit to keep every check bounded.
 */
const CONTEXT = 240;
export const near = (span: TSpan, start: number, end: number): TSpan => ({
  start: Math.max(span.start, start - CONTEXT),
  end: Math.min(span.end, end + CONTEXT),
});

const MAX_EVIDENCE = 160;

/**
 * The words to quote for a hit: its sentence in the original text, trimmed, or a window around the
 * hit when the sentence is long. Always an exact substring of the original turn.
 */
export function evidenceOf(text: TTurnText, hit: THit): string {
  let { start, end } = hit.sentence;
  if (end - start > MAX_EVIDENCE) {
    const sentence = hit.sentence;
    start = wordStart(text.norm, Math.max(start, hit.start - 40), sentence.start);
    end = wordEnd(text.norm, Math.min(end, Math.max(hit.end, start + 40) + 40), sentence.end);
  }
  const [from, to] = originalSpan(text, start, end);
  const quoted = text.original.slice(avoidSplitPair(text.original, from), avoidSplitPair(text.original, to)).trim();
  return quoted.length > 0 ? quoted : quoteOf(text, hit.start, hit.end);
}

/**
 * The clause of a hit, for findings about what was pressed for: "节哀,不过今天能不能先还一千" quotes
 * "不过今天能不能先还一千", not the condolence before the comma. Falls back to the sentence when
 * the clause is too short to stand alone.
 */
export function clauseEvidenceOf(text: TTurnText, hit: THit): string {
  const { start: sentenceStart, end: sentenceEnd } = hit.sentence;
  const before = text.norm.slice(sentenceStart, hit.start);
  const cut = Math.max(lastBreak(text.norm, sentenceStart, hit.start) - sentenceStart, before.lastIndexOf(";"), before.lastIndexOf(":"));
  const start = cut >= 0 ? sentenceStart + cut + 1 : sentenceStart;
  const comma = nextBreak(text.norm, hit.end);
  const end = comma >= 0 && comma < sentenceEnd ? comma : sentenceEnd;
  const [from, to] = originalSpan(text, start, end);
  const quoted = text.original.slice(avoidSplitPair(text.original, from), avoidSplitPair(text.original, to)).trim();
  return quoted.length >= 4 && quoted.length <= MAX_EVIDENCE ? quoted : evidenceOf(text, hit);
}

/** A comma that separates clauses, not the thousands of a figure ("$5,630"). */
const isBreak = (norm: string, at: number) => norm[at] === "," && !(/\d/.test(norm[at - 1] ?? "") && /\d/.test(norm[at + 1] ?? ""));

/** The last clause break in norm[from, to), or -1. */
function lastBreak(norm: string, from: number, to: number): number {
  for (let at = norm.lastIndexOf(",", to - 1); at >= from; at = at > 0 ? norm.lastIndexOf(",", at - 1) : -1) if (isBreak(norm, at)) return at;
  return -1;
}

function nextBreak(norm: string, from: number): number {
  for (let at = norm.indexOf(",", from); at >= 0; at = norm.indexOf(",", at + 1)) if (isBreak(norm, at)) return at;
  return -1;
}

const isWordChar = (char: string | undefined) => char !== undefined && /[a-z0-9'’]/.test(char);

/** Moves a cut back to the start of the word it falls in, so a quote never begins mid-word ("lity pay…"). */
function wordStart(norm: string, index: number, floor: number): number {
  let at = index;
  while (at > floor && isWordChar(norm[at]) && isWordChar(norm[at - 1])) at--;
  return at;
}

/** Moves a cut on to the end of the word it falls in. */
function wordEnd(norm: string, index: number, ceiling: number): number {
  let at = index;
  while (at < ceiling && isWordChar(norm[at - 1]) && isWordChar(norm[at])) at++;
  return at;
}

/** Moves an index off the middle of a surrogate pair so quotes never hold half a character. */
function avoidSplitPair(original: string, index: number): number {
  const code = original.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff && index > 0 ? index - 1 : index;
}
