/** A number as written, and the place value of its last significant digit (how rounded it is). */
/** `low`: the bottom of a colloquial range (一两百 is 100 to 200: value 200, low 100). */
export type TParsedNumber = { value: number; granularity: number; low?: number };

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

const ITEM = /\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]/g;

/**
 * Parses Chinese numerals, Arabic digits and mixtures of both with Chinese units: 五万八千, 五万八
 * (colloquial: the trailing digit takes the next lower unit), 5.8万, 5万8千, 两千五, 一万零五百.
 * Commas must already be removed. Returns null when the token holds no digit.
 */
export function parseChineseNumber(token: string): TParsedNumber | null {
  const items = token.match(ITEM);
  const hasDigit = items?.some((item) => !(item in SMALL_UNITS || item in LARGE_UNITS));
  // 十万 is a number; 千万 ("by all means") and a lone 万 are not.
  if (!items || !(hasDigit || items[0] === "十")) return null;
  let total = 0;
  let section = 0;
  let pending: { value: number; decimals: number; zeros: number } | null = null;
  let lastUnit = 1;
  let granularity = 1;
  // 一两百, 三五千, 七八万: two neighbouring digits before a unit say "one or two hundred", not 1,200.
  let rangeFrom: number | null = null;
  let spread = 0;
  items.forEach((item, index) => {
    const unit = SMALL_UNITS[item] ?? LARGE_UNITS[item];
    if (unit !== undefined) {
      const decimals = pending?.decimals ?? 0;
      const rangeHere = rangeFrom !== null && pending !== null;
      if (rangeHere) {
        spread = (pending!.value - rangeFrom!) * unit;
        rangeFrom = null;
      }
      if (unit < 1e4) section += (pending?.value ?? 1) * unit;
      else {
        // 三四十万: a range counted in tens before the 万 is scaled by it too.
        if (!rangeHere) spread *= unit;
        total += (section + (pending?.value ?? (section === 0 && total === 0 ? 1 : 0))) * unit;
        section = 0;
      }
      granularity = (pending || unit < 1e4 ? unit : granularity * unit) * 10 ** -decimals;
      pending = null;
      lastUnit = unit;
      return;
    }
    const chinese = DIGITS[item];
    const value = chinese ?? Number(item);
    const previous = items[index - 1];
    const afterUnit = previous !== undefined && (previous in SMALL_UNITS || previous in LARGE_UNITS);
    if (afterUnit && chinese !== undefined && index === items.length - 1 && lastUnit >= 100) {
      // Colloquial: 五万八 = 58,000 and 两千五 = 2,500.
      section += value * (lastUnit / 10);
      granularity = lastUnit / 10;
    } else if (pending && chinese !== undefined && pending.decimals === 0) {
      const next = items[index + 1];
      const beforeUnit = next !== undefined && (next in SMALL_UNITS || next in LARGE_UNITS);
      const neighbours = previous !== undefined && DIGITS[previous] !== undefined && (value === pending.value + 1 || (pending.value === 3 && value === 5));
      if (beforeUnit && neighbours) {
        rangeFrom = pending.value;
        pending = { value, decimals: 0, zeros: 0 };
      } else pending = { value: pending.value * 10 + value, decimals: 0, zeros: 0 }; // 二零二六
    } else {
      const decimals = item.includes(".") ? item.length - item.indexOf(".") - 1 : 0;
      pending = { value, decimals, zeros: chinese === undefined && decimals === 0 ? trailingZeros(item) : 0 };
    }
  });
  const rest = pending as { value: number; decimals: number; zeros: number } | null;
  if (rest) {
    section += rest.value;
    granularity = rest.decimals > 0 ? 10 ** -rest.decimals : 10 ** rest.zeros;
  }
  const value = round(total + section);
  return spread > 0 ? { value, granularity, low: value - spread } : { value, granularity };
}

function trailingZeros(digits: string): number {
  let count = 0;
  for (let i = digits.length - 1; i > 0 && digits[i] === "0"; i--) count++;
  return count;
}

const round = (value: number) => Math.round(value * 100) / 100;
