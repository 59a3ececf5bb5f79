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
/** Speech-to-text drops the question mark: an unpunctuated sentence asks when it asks the way a question does ("你每个月几号发工资", "when do you get paid next"). */
const ZH_ASKING = /几号|几点|几天|多少|什么时候|啥时候|为什么|为啥|怎么|咋|哪|谁|有没有|能不能|是不是|可不可以|行不行|好不好|要不要|方不方便|(?:嘛|哈|不|没|啊)$/;
const ZH_INDEFINITE = /(?:什么|谁|哪儿|哪里|怎么|多少)都|(?:不管|无论|要是|如果|万一|假如)[^,.!?]{0,4}(?:什么|怎么|多少|哪|谁)/;
const EN_ASKING =
  /^\s*(?:(?:so|and|okay|ok|right|now|um|uh|like|well|just),?\s+){0,3}(?:(?:what|when|where|why|how|who|which)\b|(?:do|does|did|is|are|was|were|can|could|would|will|have|has|should|shall) (?:you|your|u|it|that|this|there|they|he|she|i|we|anyone|anything)\b)/;
const ZH_OPEN = /怎么|什么|哪些|哪方面|哪儿|哪里|哪个|几号|几点|谁|如何|为什么|多少|怎样|说说|讲讲|聊聊|介绍一下|具体|有哪些/;
const EN_OPEN =
  /^\s*(?:(?:so|and|okay|ok|right|now|realistically|honestly|roughly|well|um|uh|then),?\s+){0,3}(?:what|how|why|which|who|where|when|tell me|could you tell me|can you tell me|would you (?:tell|walk|talk) me|walk me through|talk me through|help me understand|describe|could you explain|can you explain)\b/;

/** Global, so every place a topic is named is seen (a topic set aside may be named again and asked). */
const TOPICS: [TQuestionTopic, RegExp][] = (
  [
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
  ] as [TQuestionTopic, RegExp][]
).map(([topic, regex]) => [topic, new RegExp(regex.source, regex.flags.includes("g") ? regex.flags : `${regex.flags}g`)]);

/** The questions in a turn, whether each is open, and the topics each asks about. */
export function findQuestions(text: TTurnText): TQuestion[] {
  const questions: TQuestion[] = [];
  for (const span of text.sentences) {
    const sentence = text.norm.slice(span.start, span.end);
    const marked = text.norm[span.end] === "?";
    const unpunctuated = !/[.!?]/.test(text.norm[span.end] ?? "");
    // Asked at the end, as a spoken question is: "好的谢谢你…你每个月几号发工资", "okay thanks so when do you get paid next".
    const tail = text.language === "zh-CN" ? sentence.trim().slice(-14) : (sentence.split(/,|\b(?:so|and|but|okay|ok|alright|right|thanks|then)\b/).at(-1) ?? sentence);
    // "那我问你哈你同事有没有跟你说过…": said to be a question, it is one wherever it asks.
    const saysItAsks = /问(?:你|您|一下)/.test(sentence) && ZH_ASKING.test(sentence.replace(/[嘛哈不没啊]$/, ""));
    const asks = text.language === "zh-CN" ? (ZH_ASKING.test(tail) && !ZH_INDEFINITE.test(tail)) || saysItAsks : EN_ASKING.test(tail) || EN_ASKING.test(sentence);
    const isQuestion =
      marked ||
      (unpunctuated && asks) ||
      (text.language === "zh-CN" ? (ZH_QUESTION.test(sentence) && /[吗呢]\s*$/.test(sentence)) || ZH_INVITATION.test(sentence) : EN_INVITATION.test(sentence));
    if (!isQuestion) continue;
    const open = text.language === "zh-CN" ? ZH_OPEN.test(sentence) : EN_OPEN.test(sentence);
    const topics = TOPICS.filter(([, regex]) => askedAbout(sentence, regex)).map(([topic]) => topic);
    questions.push({ span, open, topics });
  }
  return questions;
}

/** "我不是问你打算,我是问…", "I'm not asking about your plans": a topic set aside is not asked about. */
const SET_ASIDE = /(?:不是问|不问|没问|不是说)[^,.!?;,]{0,8}$|\bnot (?:asking|talking) (?:you )?(?:about )?(?:\w+ ){0,2}$/;

function askedAbout(sentence: string, topic: RegExp): boolean {
  for (const match of sentence.matchAll(topic)) if (!SET_ASIDE.test(sentence.slice(Math.max(0, match.index - 24), match.index))) return true;
  return false;
}
