import type { TCaseFacts, TLanguage } from "../transcript/transcript-schema";

const SYMBOL: Record<string, string> = { USD: "$", GBP: "£" };
const FALLBACK = {
  "zh-CN": { name: "持卡人", balance: "欠款金额", minimum: "最低还款额" },
  en: { name: "the cardholder", balance: "the balance", minimum: "the minimum payment" },
} as const;

/** 12860 → "12,860", 58320.5 → "58,320.50"; by hand, because Intl formatting costs more than scoring a turn. */
function grouped(amount: number): string {
  const [whole, cents] = (Number.isInteger(amount) ? String(amount) : amount.toFixed(2)).split(".");
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${cents ? `.${cents}` : ""}`;
}

function money(amount: number, currency: string | undefined, language: TLanguage): string {
  const figure = grouped(amount);
  if (currency === "CNY" || currency === undefined) return language === "zh-CN" ? `${figure}元` : `${figure} yuan`;
  return SYMBOL[currency] ? `${SYMBOL[currency]}${figure}` : `${figure} ${currency}`;
}

/**
 * A rule set's explanation or suggestion in the words of this call: {name}, {balance} and
 * {minimum} from the case file, so a suggestion never names another customer or figure. Without
 * a case, neutral words stand in.
 */
export function personaliseText(text: string, facts: TCaseFacts | undefined, language: TLanguage): string {
  if (!text.includes("{")) return text;
  const fallback = FALLBACK[language];
  return text
    .replaceAll("{name}", facts?.debtorName ?? fallback.name)
    .replaceAll("{balance}", facts?.amountDue !== undefined ? money(facts.amountDue, facts.currency, language) : fallback.balance)
    .replaceAll("{minimum}", facts?.minimumPayment !== undefined ? money(facts.minimumPayment, facts.currency, language) : fallback.minimum);
}
