import { findHits, type THit } from "./match/find-hits";
import { pattern } from "../lexicon/load-lexicon";
import { spanAt, type TTurnText } from "./match/turn-text";
import { MAX_NAME_CHARS } from "../transcript/transcript-schema";

const ASK = pattern("identity-check.ask");
/** "Is this Sarah Miller?", "Are you Craig Hughes?": a capitalised name, so "Is that what you want?" is no check. */
const NAMED = /\b(?:[Ii]s (?:this|that|it)|[Aa]re you|[Ss]peaking (?:with|to)|[Tt]alking (?:with|to)) (?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?[A-Z][a-z]+/g;

/** Questions that check the listener is the cardholder. */
export function findIdentityChecks(text: TTurnText, debtorName?: string): THit[] {
  const hits = findHits(text, ASK);
  NAMED.lastIndex = 0;
  for (const match of text.original.matchAll(NAMED)) {
    const span = spanAt(text.sentences, match.index);
    if (text.norm[span.end] === "?") hits.push({ start: match.index, end: match.index + match[0].length, sentence: span, clause: span });
  }
  const name = debtorName?.toLowerCase();
  if (name && name.length <= MAX_NAME_CHARS && text.language === "zh-CN") {
    const at = askedForByName(text.norm, name);
    const span = at >= 0 ? spanAt(text.sentences, at) : undefined;
    if (span && /[吗吧?]/.test(text.norm.slice(span.start, Math.min(span.end + 1, span.start + 400))))
      hits.push({ start: at, end: at + name.length, sentence: span, clause: span });
  }
  if (name) hits.push(...nameAsked(text, name));
  return hits.sort((a, b) => a.start - b.start);
}

/** Where "是周敏", "您是周敏" or "找一下周敏" starts, the words before the name included; -1 if nowhere. */
function askedForByName(norm: string, name: string): number {
  for (let at = norm.indexOf(name); at >= 0; at = norm.indexOf(name, at + 1)) {
    const before = norm.slice(Math.max(0, at - 3), at);
    const lead = ["找一下", "您是", "你是", "是"].find((words) => before.endsWith(words));
    if (lead) return at - lead.length;
  }
  return -1;
}

/**
 * The cardholder's name said as a question: "郑可欣是吧?", "Hi, Gary Lindqvist?", "is that aisha
 * rahman" (speech-to-text drops the question mark).
 */
function nameAsked(text: TTurnText, name: string): THit[] {
  const at = text.norm.indexOf(name);
  if (at < 0) return [];
  const span = spanAt(text.sentences, at);
  const after = text.norm.slice(at + name.length, Math.min(span.end + 1, at + name.length + 8));
  const before = text.norm.slice(Math.max(span.start, at - 16), at);
  const asked = /^\s?(?:[?]|是吧|吗|对吧|对吗|本人吗|是不是)/.test(after) || /\b(?:is (?:that|this|it)|am i (?:speaking|talking) (?:to|with))\s$/.test(before);
  return asked ? [{ start: at, end: at + name.length, sentence: span, clause: span }] : [];
}
