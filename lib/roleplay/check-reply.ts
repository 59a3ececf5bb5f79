import type { TCustomerDecision } from "../persona/customer-decision-schema";
import { normaliseText } from "../text/normalise-text";
import { parseAmounts } from "../text/parse-amounts";
import type { TLanguage } from "../transcript/transcript-schema";

/** What an LLM reply may contain beyond plain conversation, from the decision and the call so far. */
export type TReplyAllowance = {
  language: TLanguage;
  decision: TCustomerDecision;
  /** Texts the customer may echo: revealed facts, the trainee's latest words. */
  sayable: readonly string[];
  /** Hidden facts not yet revealed. */
  unsayable: readonly string[];
};

const OUT_OF_CHARACTER =
  /\b(?:as an ai|an ai (?:language )?model|i'?m an ai|i am an ai|language model|artificial intelligence|openai|chatgpt|system prompt|my instructions|i cannot role-?play)\b|作为(?:一个)?(?:ai|人工智能|语言模型)|我是(?:一个)?(?:ai|人工智能|语言模型|机器人|助手)|语言模型|人工智能助手|系统提示/;
/** Saying yes to paying; refusals ("还不上", "can't pay it off") may match too, which only costs an offline reply. */
const AGREES = {
  "zh-CN": /我(?:会|就|一定|保证|可以|能|马上|今天|明天|这周|下周|月底)[^,.!?]{0,4}(?:还|付|转|打)|(?<![不没])(?:同意|答应)|还清|付清|结清|就这么(?:定|办)|一言为定|我(?:还|付)(?:\d|[一二两三四五六七八九十百千万])/,
  en: /\b(?:i'?ll|i will|i can|i could|i'?m going to|i promise to|i agree to|let'?s do|sign me up for)\s+(?:pay|send|make (?:a|the|that) payment|set up|do (?:the|that|a) plan|transfer|clear)|\bi agree\b|\bit'?s a deal\b|\bdeal\b|\bpay (?:it|this|that|the balance|everything|the full amount) (?:off|in full|today)\b/,
};
const DATES = {
  "zh-CN": /\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]之?前|(?:这|下)?(?:周|星期|礼拜)[一二三四五六日天]|明天|后天|大后天|月底|月初|发工资(?:那天|以后)/,
  en: /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|end of the month|(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}|\d{1,2}(?:st|nd|rd|th))\b/,
};

const COMMITS = new Set(["agree_payment", "agree_plan", "counter_offer"]);

function numbersIn(texts: readonly string[]): number[] {
  return texts.flatMap((text) => parseAmounts(normaliseText(text)).map((amount) => amount.value));
}

/** Content words of a fact: Chinese character pairs, English words of five letters or more. */
function keyTerms(text: string, language: TLanguage): Set<string> {
  const norm = normaliseText(text);
  if (language === "zh-CN") {
    const han = norm.replace(/[^\u3400-\u9fff]+/g, "|");
    const pairs = new Set<string>();
    for (let i = 0; i + 1 < han.length; i++) if (han[i] !== "|" && han[i + 1] !== "|") pairs.add(han.slice(i, i + 2));
    return pairs;
  }
  return new Set(norm.match(/[a-z]{5,}/g) ?? []);
}

/** A reply gives a fact away when it shares a good part of the fact's key terms. */
function revealsFact(reply: string, fact: string, language: TLanguage): boolean {
  const factTerms = keyTerms(fact, language);
  const replyTerms = keyTerms(reply, language);
  const shared = [...factTerms].filter((term) => replyTerms.has(term)).length;
  return shared >= 3 && shared / Math.max(factTerms.size, 1) >= 0.3;
}

/**
 * Why an LLM reply (so far) breaks the decision, or null. The model may not agree to pay, name an
 * amount or a date, reveal a hidden fact or step out of character unless the decision says so.
 */
export function checkReply(text: string, allowance: TReplyAllowance): string | null {
  const { language, decision, sayable, unsayable } = allowance;
  const norm = normaliseText(text);
  if (OUT_OF_CHARACTER.test(norm)) return "out_of_character";
  const commits = decision.acts.some((act) => COMMITS.has(act.kind));
  if (!commits && AGREES[language].test(norm)) return "agreement_not_decided";

  const decided = decision.acts.flatMap((act) => ("amount" in act ? [act.amount] : "monthly" in act ? [act.monthly] : []));
  const allowed = [...decided, ...numbersIn(sayable)];
  const stray = parseAmounts(norm).find((amount) => !allowed.some((value) => Math.abs(value - amount.value) <= Math.max(1, value * 0.01)));
  if (stray) return "amount_not_decided";
  const dateMatch = DATES[language].exec(norm)?.[0];
  if (dateMatch && !commits && !sayable.some((said) => normaliseText(said).includes(dateMatch))) return "date_not_decided";

  if (unsayable.some((fact) => revealsFact(text, fact, language))) return "hidden_fact";
  return null;
}
