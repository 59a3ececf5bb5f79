import { findHits, type THit } from "./match/find-hits";
import { pattern } from "./match/lexicon";
import { spanAt, type TTurnText } from "./match/turn-text";
import { MAX_NAME_CHARS } from "../transcript/transcript-schema";

const ASK = pattern(
  "(?:请问|确认|核实|核对)[^.!]{0,10}(?:是|您是)[^.!]{0,12}(?:本人|先生|女士|小姐|登记人|持卡人|机主)|是[^,.!?]{1,12}本人(?:吗|吧|是吗)|(?:您|你)是[^,.!?]{0,14}(?:本人|登记人|持卡人|机主)|(?:核实|确认|验证|核对)(?:一下)?(?:您的|你的)?身份|身份证(?:号)?(?:码)?(?:的)?(?:后|末)(?:四|4|六|6)位|出生(?:日期|年月)|\\b(?:am i (?:speaking|talking) (?:with|to)|(?:check|confirm|make sure|sure) (?:that )?i(?:'m| am|'ve got| have) (?:talking|speaking|got) (?:to |with )?the right|(?:the )?right person|can (?:you|i) (?:confirm|verify)|could you (?:confirm|verify)|(?:to|just to) verify|confirm your (?:date of birth|dob|full name|address|postcode|zip|identity|the last four)|verify (?:your|some) (?:identity|details|information)|security questions?|for (?:security|verification) purposes|for security|data protection|date of birth|year you were born|zip code on file|(?:first line of your|street) address|last four (?:digits )?of your|postcode|is (?:that|this) you|may i (?:please )?(?:speak|talk) (?:to|with))\\b",
);
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
  // Bounded: a name is matched literally, and an unbounded one would overflow the pattern.
  if (name && name.length <= MAX_NAME_CHARS && text.language === "zh-CN") {
    const at = text.norm.search(new RegExp(`(?:是|您是|你是|找一下)${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    const span = at >= 0 ? spanAt(text.sentences, at) : undefined;
    if (span && /[吗吧?]/.test(text.norm.slice(span.start, Math.min(span.end + 1, span.start + 400)))) hits.push({ start: at, end: at + name.length, sentence: span, clause: span });
  }
  return hits.sort((a, b) => a.start - b.start);
}
