import type { TLanguage } from "../transcript/transcript-schema";
import type { TRandom } from "./seeded-random";

const SYMBOL: Record<string, string> = { USD: "$", GBP: "£" };

function grouped(amount: number): string {
  const cents = Math.round(amount * 100) % 100 !== 0;
  return amount.toLocaleString("en-US", { minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: 2 });
}

/** An amount as a customer says it: 800块 / 800元 / 1,200元, $150, £20. */
export function formatMoney(amount: number, currency: string, language: TLanguage, random: TRandom): string {
  if (currency === "CNY") {
    const figure = amount >= 10000 ? grouped(amount) : grouped(amount).replace(/,/g, "");
    return language === "zh-CN" ? `${figure}${random.pick(["元", "块", "块钱"])}` : `${grouped(amount)} yuan`;
  }
  const symbol = SYMBOL[currency];
  return symbol ? `${symbol}${grouped(amount)}` : `${grouped(amount)} ${currency}`;
}

export const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** An ISO date in words (6月19号, June 19); a date the trainee said in words is echoed as said. */
export function formatDate(date: string, language: TLanguage, random: TRandom): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (language === "zh-CN") return `${month}月${day}${random.pick(["号", "日"])}`;
  return random.pick([`${EN_MONTHS[month - 1]} ${day}`, `the ${day}${ordinal(day)}`]);
}

function ordinal(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return "th";
  return ["th", "st", "nd", "rd"][day % 10] ?? "th";
}
