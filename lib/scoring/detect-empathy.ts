import { segmentWords } from "../text/segment-words";
import type { TLanguage } from "../transcript/transcript-schema";
import { evidenceOf, findHits } from "./match/find-hits";
import { pattern } from "../lexicon/load-lexicon";
import { liveHits } from "./match/live-hits";
import { quoteOf, type TTurnText } from "./match/turn-text";
import type { TQuestion } from "./detect-questions";
import type { TLevel, TTurnAnalysis } from "./turn-analysis-schema";

type TMechanism = { level: TLevel; evidence: string[] };

const ACK_STRONG = pattern("empathy.ack-strong");
const ACK_WEAK = pattern("empathy.ack-weak");
const PARAPHRASE = pattern("empathy.paraphrase");
const SITUATION = pattern("empathy.situation");
const STOP_WORDS = new Set([
  "the",
  "and",
  "that",
  "this",
  "with",
  "have",
  "just",
  "what",
  "your",
  "about",
  "from",
  "they",
  "were",
  "been",
  "will",
  "would",
  "could",
  "there",
  "their",
  "then",
  "than",
  "them",
  "money",
  "debt",
  "account",
  "payment",
  "bank",
  "card",
  "call",
  "really",
  "right",
  "know",
  "want",
  "need",
  "我们",
  "你们",
  "他们",
  "还款",
  "欠款",
  "银行",
  "信用卡",
  "这个",
  "那个",
  "现在",
  "就是",
  "没有",
  "什么",
  "可以",
  "一下",
  "还是",
  "不是",
]);

/**
 * Empathy by mechanism, not politeness: reacting to feelings, reflecting the customer's situation
 * back (the words they used, found by word segmentation), and exploring it with open questions.
 */
/** `customerNorm` is the latest customer turn, normalised. */
export function detectEmpathy(text: TTurnText, questions: TQuestion[], customerNorm: string | undefined): TTurnAnalysis["empathy"] {
  return {
    acknowledgement: acknowledgement(text),
    understanding: understanding(text, customerNorm),
    exploration: exploration(text, questions),
  };
}

function acknowledgement(text: TTurnText): TMechanism {
  const strong = liveHits(text, ACK_STRONG);
  if (strong.length > 0) return { level: "strong", evidence: strong.map((hit) => evidenceOf(text, hit)) };
  const weak = liveHits(text, ACK_WEAK);
  return weak.length > 0 ? { level: "weak", evidence: weak.map((hit) => evidenceOf(text, hit)) } : { level: "none", evidence: [] };
}

function understanding(text: TTurnText, customerNorm: string | undefined): TMechanism {
  const paraphrase = findHits(text, PARAPHRASE);
  const echoes = customerNorm ? echoedSituation(text, customerNorm) : [];
  // An echo decides it alone; only otherwise is the (costly) count of shared words needed.
  const shared = customerNorm && echoes.length === 0 ? sharedWords(text, customerNorm) : 0;
  const evidence = [...paraphrase, ...echoes].map((hit) => evidenceOf(text, hit));
  if ((paraphrase.length > 0 && (echoes.length > 0 || shared >= 2)) || echoes.length > 0) return { level: "strong", evidence: unique(evidence) };
  if (paraphrase.length > 0 || shared >= 3) return { level: "weak", evidence: unique(evidence.length > 0 ? evidence : [text.original.trim()]) };
  return { level: "none", evidence: [] };
}

/** Situation words the customer used that the agent takes up again. */
function echoedSituation(text: TTurnText, customerNorm: string) {
  return findHits(text, SITUATION).filter((hit) => customerNorm.includes(text.norm.slice(hit.start, hit.end)));
}

/**
 * How many of the customer's content words the agent says again (only "fewer than two", "two" and
 * "three or more" matter to the caller). A word can only be shared if it occurs in the agent's text,
 * so when fewer than two do, that count is returned without segmenting the agent's turn.
 */
function sharedWords(text: TTurnText, customerNorm: string): number {
  const minimum = text.language === "zh-CN" ? 2 : 4;
  if (!sharesLetters(text.norm, customerNorm.slice(0, 2000), minimum)) return 0;
  const customerWords = new Set(contentWords(customerNorm, text.language, minimum));
  let present = 0;
  for (const word of customerWords) if (text.norm.includes(word)) present++;
  if (present < 2) return present === 0 ? 0 : 1;
  return new Set(contentWords(text.norm, text.language, minimum).filter((word) => customerWords.has(word))).size;
}

/**
 * Whether the two texts have `length` characters in a row in common, spaces aside: every shared
 * word that long has, so without them there is nothing to segment (segmenting is the costliest step
 * of scoring a short turn).
 */
function sharesLetters(agent: string, customer: string, length: number): boolean {
  const runs = new Set<string>();
  for (const word of customer.split(SPACES)) for (let at = 0; at + length <= word.length; at++) runs.add(word.slice(at, at + length));
  if (runs.size === 0) return false;
  for (const word of agent.split(SPACES)) for (let at = 0; at + length <= word.length; at++) if (runs.has(word.slice(at, at + length))) return true;
  return false;
}

const SPACES = /\s+/;

const contentWords = (value: string, language: TLanguage, minimum: number) =>
  segmentWords(value.slice(0, 2000), language).filter((word) => word.length >= minimum && !STOP_WORDS.has(word));

function exploration(text: TTurnText, questions: TQuestion[]): TMechanism {
  const quote = (question: TQuestion) => quoteOf(text, question.span.start, question.span.end + 1).trim();
  const strong = questions.filter((question) => question.open && question.topics.some((topic) => topic !== "payment_capacity"));
  if (strong.length > 0) return { level: "strong", evidence: strong.map(quote) };
  const weak = questions.filter((question) => question.open || question.topics.length > 0);
  return weak.length > 0 ? { level: "weak", evidence: weak.map(quote) } : { level: "none", evidence: [] };
}

const unique = (items: string[]) => [...new Set(items)];
