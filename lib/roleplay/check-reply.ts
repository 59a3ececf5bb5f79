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
  /** Everything else the model is told and the trainee must never read: style brief, acts, instructions. */
  privateTexts?: readonly string[];
};

const OUT_OF_CHARACTER =
  /\b(?:as an ai|an ai (?:language )?model|i'?m an ai|i am an ai|language model|artificial intelligence|openai|chatgpt|system prompt|my instructions|i cannot role-?play)\b|作为(?:一个)?(?:ai|人工智能|语言模型)|我是(?:一个)?(?:ai|人工智能|语言模型|机器人|助手)|语言模型|人工智能助手|系统提示/;
/** Saying yes to paying; refusals ("还不上", "can't pay it off") may match too, which only costs an offline reply. */
const AGREES = {
  "zh-CN":
    /我(?:会|就|一定|保证|可以|能|马上|今天|明天|这周|下周|月底)[^,.!?]{0,4}(?:还|付|转|打)|(?<![不没])(?:同意|答应)|还清|付清|结清|就这么(?:定|办)|一言为定|我(?:还|付)(?:\d|[一二两三四五六七八九十百千万])/,
  en: /\b(?:i'?ll|i will|i can|i could|i'?m going to|i promise to|i agree to|let'?s do|sign me up for)\s+(?:pay|send|make (?:a|the|that) payment|set up|do (?:the|that|a) plan|transfer|clear)|\bi agree\b|\bit'?s a deal\b|\bdeal\b|\bpay (?:it|this|that|the balance|everything|the full amount) (?:off|in full|today)\b/,
};
const DATES = {
  "zh-CN": /\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]之?前|(?:这|下)?(?:周|星期|礼拜)[一二三四五六日天]|明天|后天|大后天|月底|月初|发工资(?:那天|以后)/,
  en: /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|end of the month|(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}|\d{1,2}(?:st|nd|rd|th))\b/,
};

const COMMITS = new Set(["agree_payment", "agree_plan", "counter_offer", "counter_plan"]);

/**
 * Agreement in other words than AGREES knows ("Consider the whole balance settled by me"): a
 * sentence that speaks of paying or settling, unless it is negated or a question. Refusals and
 * questions stay the model's; an over-eager match only costs an offline reply.
 */
const PAYMENT_WORDS = {
  "zh-CN": /还钱|还款|还上|还清|还了|还你|还给|付款|付清|付了|结清|转账|转给|打款|打给你|钱(?:我|的事)|这笔(?:钱|账)|欠款|全款|一次性/,
  en: /\b(?:settle[ds]?|settling|settlement|pay(?:s|ing|ment)?|paid|clear(?:ed|ing)?|cover(?:ed|ing)?|transfer(?:red|ring)?|wire|send (?:you |over )?(?:the |your )?(?:money|funds|cash|it)|in full|full amount|whole (?:balance|amount|debt)|the balance|the debt|your money)\b/,
};
const NEGATED = {
  "zh-CN": /不|没|别|难|怎么|无法|哪有/,
  en: /\b(?:no|not|never|can'?t|cannot|won'?t|don'?t|doesn'?t|didn'?t|isn'?t|aren'?t|wasn'?t|unable|impossible|nothing|no way)\b|n't\b/,
};
const QUESTION = /[?]|吗|呢|\b(?:how|what|why|when|which|who)\b/;
/** Machine words of the prompt: act kinds, phases and moods are snake_case; no customer says them. */
const MACHINE_WORD = /\b[a-z]+_[a-z_]+\b/;

function agreesInOtherWords(norm: string, language: TLanguage): boolean {
  return norm.split(/[.!;。!;\n]+/).some((sentence) => PAYMENT_WORDS[language].test(sentence) && !NEGATED[language].test(sentence) && !QUESTION.test(sentence));
}

/** Runs of a text that, found word for word in a reply, give it away: 6 Chinese characters or 5 English words. */
function privateGrams(texts: readonly string[], language: TLanguage): Set<string> {
  const grams = new Set<string>();
  for (const text of texts) for (const gram of gramsOf(normaliseText(text), language)) grams.add(gram);
  return grams;
}

function gramsOf(norm: string, language: TLanguage): string[] {
  if (language === "zh-CN") {
    const han = norm.replace(/[^\u3400-\u9fffa-z0-9]+/g, "");
    return Array.from({ length: Math.max(0, han.length - 5) }, (_, i) => han.slice(i, i + 6));
  }
  const words = norm.match(/[a-z0-9']+/g) ?? [];
  return Array.from({ length: Math.max(0, words.length - 4) }, (_, i) => words.slice(i, i + 5).join(" "));
}

const gramCache = new WeakMap<readonly string[], Set<string>>();

function leaksPrivateText(norm: string, allowance: TReplyAllowance): boolean {
  const texts = allowance.privateTexts;
  if (!texts || texts.length === 0) return false;
  let known = gramCache.get(texts);
  if (!known) {
    known = privateGrams(texts, allowance.language);
    gramCache.set(texts, known);
  }
  const grams = known;
  return gramsOf(norm, allowance.language).some((gram) => grams.has(gram));
}

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
  if (MACHINE_WORD.test(norm) || leaksPrivateText(norm, allowance)) return "private_text";
  const commits = decision.acts.some((act) => COMMITS.has(act.kind));
  if (!commits && (AGREES[language].test(norm) || agreesInOtherWords(norm, language))) return "agreement_not_decided";

  const decided = decision.acts.flatMap((act) => ("amount" in act ? [act.amount] : "monthly" in act && act.monthly !== null ? [act.monthly] : []));
  const allowed = [...decided, ...numbersIn(sayable)];
  const stray = parseAmounts(norm).find((amount) => !allowed.some((value) => Math.abs(value - amount.value) <= Math.max(1, value * 0.01)));
  if (stray) return "amount_not_decided";
  const dateMatch = DATES[language].exec(norm)?.[0];
  if (dateMatch && !commits && !sayable.some((said) => normaliseText(said).includes(dateMatch))) return "date_not_decided";

  if (unsayable.some((fact) => revealsFact(text, fact, language))) return "hidden_fact";
  return null;
}
