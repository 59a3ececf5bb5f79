import { evidenceOf, findHits, type THit } from "./match/find-hits";
import { pattern } from "../lexicon/load-lexicon";
import type { TTurnText } from "./match/turn-text";
import type { TTurnAnalysis } from "./turn-analysis-schema";

const ABUSE = pattern("abuse.abuse");
/**
 * Contempt without a rude word: talking down to someone who did not follow, sarcastic praise,
 * waving away tears, moralising about "people like you", mocking what they spent money on.
 */
const CONTEMPT = pattern("abuse.contempt");
/** Spelt out word by word, as if to a child: "You. Owe. Us. Money." */
const FILLER = /^(?:ok|okay|right|yes|yeah|yep|sure|thanks|great|fine|alright|so|well|hi|hello|sorry|no|bye|mm|um|uh|good|lovely|cheers)$/;
/** Chinese contempt without a swear word: sarcastic praise, mocking the spending, waving away tears. */
const ZH_CONTEMPT = pattern("abuse.zh-contempt");
/** "I'm not calling you a liar" disclaims the word; "don't give me that bullshit" does not. */
const DISCLAIMER =
  /(?:not (?:calling|saying|suggesting)|i'm not saying|i (?:don't|do not) think (?:you're|you are)|不是说|并不是说|没说|\b(?:nobody|no one|no-one) (?:should|has (?:any )?(?:right|business)|gets to) (?:be )?(?:call|calling|called|talk)|shouldn't (?:have )?(?:be )?call(?:ed|ing)? you|谁也不该|没人(?:应该|有权)|不该(?:叫|说|骂)(?:您|你))[^.!?]{0,20}$/;

/** Insults, contempt and mockery aimed at the listener; "I'm not calling you a liar" is negated. */
export function detectAbuse(text: TTurnText): TTurnAnalysis["abuse"] {
  const hits = [...findHits(text, ABUSE), ...findHits(text, CONTEMPT), ...findHits(text, ZH_CONTEMPT), ...spelledOut(text)];
  return hits
    .filter((hit) => {
      const before = text.norm.slice(Math.max(hit.sentence.start, hit.start - 45), hit.start);
      // "I don't think you're anything but a deadbeat" disclaims nothing.
      return !DISCLAIMER.test(before) || /\b(?:anything|nothing) but\b/.test(before);
    })
    .sort((a, b) => a.start - b.start)
    .map((hit) => ({ evidence: evidenceOf(text, hit) }));
}

/** Three or more one-word sentences in a row that are not fillers ("Okay. Right. Thanks." is not contempt). */
function spelledOut(text: TTurnText): THit[] {
  const oneWord = text.sentences.map((span) => {
    const words = text.norm
      .slice(span.start, span.end)
      .replace(/[.!?,]/g, " ")
      .trim()
      .split(/\s+/);
    return words.length === 1 && /^[a-z']+$/.test(words[0]!) && !FILLER.test(words[0]!);
  });
  for (let index = 0; index + 2 < oneWord.length; index++) {
    if (oneWord[index] && oneWord[index + 1] && oneWord[index + 2]) {
      const first = text.sentences[index]!;
      const last = text.sentences[index + 2]!;
      const run = { start: first.start, end: last.end };
      return [{ ...run, sentence: run, clause: run }];
    }
  }
  return [];
}
