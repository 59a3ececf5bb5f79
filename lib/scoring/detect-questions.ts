import { pattern } from "../lexicon/load-lexicon";
import type { TSpan, TTurnText } from "./match/turn-text";
import type { TQuestionTopic } from "./turn-analysis-schema";

export type TQuestion = { span: TSpan; open: boolean; topics: TQuestionTopic[] };

const ZH_QUESTION = /吗|呢|怎么|什么|哪|多少|几|如何|是否|有没有|能不能|可不可以|是不是|方便说|说说|讲讲|聊聊|介绍一下/;
/** Invitations to talk count as questions without a question mark. */
const EN_INVITATION =
  /^\s*(?:could you tell me|can you tell me|tell me|walk me through|talk me through|help me understand)\b|\b(?:i'd|i would|we'd) (?:like|love) to (?:hear|understand|know) (?:how|what|about|a bit)\b/;
/** "想了解一下您这边的情况。": an invitation to talk, said as a statement. */
const ZH_INVITATION = /想(?:先)?(?:了解|听听|问问)(?:一下)?/;
const ZH_OPEN = /怎么|什么|哪些|哪方面|哪儿|哪里|哪个|几号|几点|谁|如何|为什么|多少|怎样|说说|讲讲|聊聊|介绍一下|具体|有哪些/;
const EN_OPEN =
  /^\s*(?:(?:so|and|okay|ok|right|now),?\s+)?(?:what|how|why|which|who|where|when|tell me|could you tell me|can you tell me|would you (?:tell|walk|talk) me|walk me through|talk me through|help me understand|describe|could you explain|can you explain)\b/;

const TOPICS: [TQuestionTopic, RegExp][] = [
  ["situation", pattern("question-topic.situation")],
  ["income", pattern("question-topic.income")],
  ["employment", pattern("question-topic.employment")],
  ["health", pattern("question-topic.health")],
  ["family", pattern("question-topic.family")],
  ["expenses", pattern("question-topic.expenses")],
  ["other_debts", pattern("question-topic.other-debts")],
  ["savings", pattern("question-topic.savings")],
  ["plans", pattern("question-topic.plans")],
  ["payment_capacity", pattern("question-topic.payment-capacity")],
  ["dispute", pattern("question-topic.dispute")],
];

/** The questions in a turn, whether each is open, and the topics each asks about. */
export function findQuestions(text: TTurnText): TQuestion[] {
  const questions: TQuestion[] = [];
  for (const span of text.sentences) {
    const sentence = text.norm.slice(span.start, span.end);
    const marked = text.norm[span.end] === "?";
    const isQuestion =
      marked || (text.language === "zh-CN" ? (ZH_QUESTION.test(sentence) && /[吗呢]\s*$/.test(sentence)) || ZH_INVITATION.test(sentence) : EN_INVITATION.test(sentence));
    if (!isQuestion) continue;
    const open = text.language === "zh-CN" ? ZH_OPEN.test(sentence) : EN_OPEN.test(sentence);
    const topics = TOPICS.filter(([, regex]) => {
      regex.lastIndex = 0;
      return regex.test(sentence);
    }).map(([topic]) => topic);
    questions.push({ span, open, topics });
  }
  return questions;
}
