import { Converter } from "opencc-js/t2cn";

const convert = Converter({ from: "t", to: "cn" });
const cache = new Map<number, number>();

/** Simplified variants OpenCC leaves as they are but that the lexicons spell one way only. */
const EXTRA_VARIANTS: Record<string, string> = { 帐: "账" };

/**
 * Maps one BMP Han code unit to its simplified form, or returns it unchanged. Character by character
 * rather than phrase by phrase, so the mapping never changes the text's length.
 */
export function toSimplifiedChar(code: number): number {
  const known = cache.get(code);
  if (known !== undefined) return known;
  const original = String.fromCharCode(code);
  const converted = convert(original);
  const folded = EXTRA_VARIANTS[converted] ?? converted;
  const result = folded.length === 1 ? folded.charCodeAt(0) : code;
  cache.set(code, result);
  return result;
}
