import type { TParsedNumber } from "./parse-chinese-number";

/** Number words and their values; also read by parse-durations ("twelve months"). */
export const ONES: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  half: 0.5,
  couple: 2,
  few: 3,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, grand: 1000, k: 1000, million: 1e6, m: 1e6 };

export const isNumberWord = (word: string) => word in ONES || word in SCALES;
export const isScaleWord = (word: string) => word in SCALES;

/**
 * Parses a run of English number words ("six thousand two hundred", "a couple of thousand",
 * "twelve hundred"). Returns null unless the run holds a scale word, so "a" or "one" alone is no amount.
 */
export function parseEnglishNumber(words: readonly string[], requireScale = true): TParsedNumber | null {
  let total = 0;
  let current = 0;
  let granularity = 1;
  let sawScale = false;
  for (const [index, word] of words.entries()) {
    if ((word === "a" || word === "an") && words[index + 1] === "half") continue; // two and a half
    if (word === "and" || word === "of") continue;
    const one = ONES[word];
    const scale = SCALES[word];
    if (one !== undefined) {
      current += one;
      granularity = one >= 20 && one % 10 === 0 ? 10 : 1;
    } else if (scale !== undefined) {
      sawScale = true;
      if (scale === 100) {
        current = (current || 1) * 100;
        granularity = 100;
      } else {
        total += (current || 1) * scale;
        current = 0;
        granularity = scale;
      }
    } else return null;
  }
  if (!sawScale && requireScale) return null;
  return { value: total + current, granularity };
}
