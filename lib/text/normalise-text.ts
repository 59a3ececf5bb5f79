import { foldDialect } from "./fold-dialect";
import { foldHomophones } from "./fold-homophones";
import { toSimplifiedChar } from "./to-simplified-char";

/** Chinese and typographic punctuation folded to the ASCII mark the lexicons use. */
const PUNCTUATION: Record<number, number> = {
  0x3000: 0x20, // ideographic space
  0x00a0: 0x20,
  0x3002: 0x2e, // 。
  0xff61: 0x2e,
  0x3001: 0x2c, // 、
  0x2018: 0x27, // ‘
  0x2019: 0x27, // ’
  0x201c: 0x22, // “
  0x201d: 0x22, // ”
  0x300c: 0x22, // 「
  0x300d: 0x22, // 」
  0x300e: 0x22, // 『
  0x300f: 0x22, // 』
  0x2026: 0x2e, // …
  0x2014: 0x2d, // —
  0x2013: 0x2d, // –
  0xffe5: 0xa5, // ￥
  0xffe1: 0xa3, // ￡
};

const isHan = (code: number) => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);

/**
 * Folds full-width forms to half-width, Chinese punctuation to ASCII, ASCII letters to lower case
 * traditional characters to simplified ones, speech-to-text's homophones (鱼期) to the words
 * meant (逾期), and Cantonese and northern written forms (唔系, 佢, 俺) to standard ones. Every step maps one UTF-16 code unit to one code
 * unit, so offsets into the result are offsets into the original: a match at [start, end) in the
 * normalised text quotes `original.slice(start, end)` exactly. That identity is the offset map.
 */
export function normaliseText(text: string): string {
  const parts: string[] = [];
  // Chunks keep fromCharCode's argument list bounded on 1 MB turns.
  for (let start = 0; start < text.length; start += CHUNK) {
    const end = Math.min(text.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) codes[i - start] = foldCode(text.charCodeAt(i));
    parts.push(String.fromCharCode(...codes));
  }
  return foldDialect(foldHomophones(parts.join("")));
}

const CHUNK = 8192;

function foldCode(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  if (code >= 0xff01 && code <= 0xff5e) {
    const half = code - 0xfee0;
    return half >= 0x41 && half <= 0x5a ? half + 0x20 : half;
  }
  const punctuation = PUNCTUATION[code];
  if (punctuation !== undefined) return punctuation;
  return isHan(code) ? toSimplifiedChar(code) : code;
}
