import { spanAt, type TSpan, type TTurnText } from "./turn-text";

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
    start = Math.max(start, hit.start - 40);
    end = Math.min(end, Math.max(hit.end, start + 40) + 40);
  }
  start = avoidSplitPair(text.original, start);
  end = avoidSplitPair(text.original, end);
  const quoted = text.original.slice(start, end).trim();
  return quoted.length > 0 ? quoted : text.original.slice(hit.start, hit.end);
}

/** Moves an index off the middle of a surrogate pair so quotes never hold half a character. */
function avoidSplitPair(original: string, index: number): number {
  const code = original.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff && index > 0 ? index - 1 : index;
}
