import { parseDurations } from "../text/parse-durations";
import { pattern } from "../lexicon/load-lexicon";
import { evidenceOf, findHits } from "./match/find-hits";
import type { TTurnText } from "./match/turn-text";

const CREDIT_RECORD = pattern("legal.credit-report");
/** Said of how long the record lasts: "保留五年", "stays on your file for ten years". */
const KEPT =
  /保留|保存|留存|留在|存在|显示|消除|消掉|\b(?:stays?|stay on|remains?|kept|lasts?|there for|on (?:your|the) (?:credit )?(?:file|report|record) for|drops? off|falls? off|removed)\b/;

/** A record said to last for ever ("a default for good", 一辈子都在征信上), unless denied ("not for good", 不会永远). */
const FOR_EVER = /\b(?:for good|forever|for ever|for life|permanent(?:ly)?)\b|一辈子|永久|永远/;
const DENIED_BEFORE = /(?:\bnot|n't|\bnever|不是|不会|并不|没有)\s?(?:\w+\s)?$/;

/**
 * How long a missed payment stays on the credit record, said wrongly ("ten years" where the rule set
 * says six): each such sentence's words. A sentence naming the right length is fine.
 */
export function misstatedRecordYears(text: TTurnText, years: number | undefined): string[] {
  if (years === undefined) return [];
  const wrong: string[] = [];
  for (const hit of findHits(text, CREDIT_RECORD)) {
    const sentence = text.norm.slice(hit.sentence.start, hit.sentence.end);
    const forEver = FOR_EVER.exec(sentence);
    if (forEver && !DENIED_BEFORE.test(sentence.slice(Math.max(0, forEver.index - 12), forEver.index))) {
      wrong.push(evidenceOf(text, hit));
      continue;
    }
    if (!KEPT.test(sentence)) continue;
    const stated = parseDurations(sentence).filter((duration) => duration.unit === "year");
    if (stated.length > 0 && !stated.some((duration) => duration.value === years)) wrong.push(evidenceOf(text, hit));
  }
  return [...new Set(wrong)];
}
