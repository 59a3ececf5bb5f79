import { pattern } from "./match/lexicon";
import type { TSpan, TTurnText } from "./match/turn-text";
import type { TQuestionTopic } from "./turn-analysis-schema";

export type TQuestion = { span: TSpan; open: boolean; topics: TQuestionTopic[] };

const ZH_QUESTION = /吗|呢|怎么|什么|哪|多少|几|如何|是否|有没有|能不能|可不可以|是不是|方便说|说说|讲讲|聊聊|介绍一下/;
/** Invitations to talk count as questions without a question mark. */
const EN_INVITATION = /^\s*(?:could you tell me|can you tell me|tell me|walk me through|talk me through|help me understand)\b/;
const ZH_OPEN = /怎么|什么|哪些|哪方面|如何|为什么|多少|怎样|说说|讲讲|聊聊|介绍一下|具体|有哪些/;
const EN_OPEN = /^\s*(?:(?:so|and|okay|ok|right|now),?\s+)?(?:what|how|why|which|tell me|could you tell me|can you tell me|would you (?:tell|walk|talk) me|walk me through|talk me through|help me understand|describe|could you explain|can you explain)\b/;

const TOPICS: [TQuestionTopic, RegExp][] = [
  ["situation", pattern("情况|近况|发生了什么|怎么回事|遇到[^,.!?]{0,4}(?:困难|问题)|困难|\\b(?:what happened|what's (?:been )?going on|situation|circumstances|what's happening|how are things|how have things been|difficult(?:y|ies)|going through)\\b")],
  ["income", pattern("收入|工资|薪水|薪资|进账|挣|赚|\\b(?:income|salary|wages|earn\\w*|pay ?check|money coming in|benefits)\\b")],
  ["employment", pattern("工作|上班|失业|找工作|生意|经营|\\b(?:job|work\\w*|employ\\w*|laid off|business|hours)\\b")],
  ["health", pattern("身体|健康|病|医院|治疗|住院|\\b(?:health|ill|illness|sick|hospital|treatment|doctor|medical|recover\\w*)\\b")],
  ["family", pattern("家里|家人|孩子|老人|家庭|\\b(?:family|kids|children|household|dependants|dependents)\\b")],
  ["expenses", pattern("开销|支出|花费|开支|房租|房贷|生活费|花销|\\b(?:expenses|bills|rent|mortgage|outgoings|costs|spending|budget)\\b")],
  ["other_debts", pattern("其他[^,.!?]{0,2}(?:贷款|欠款|债务|信用卡|平台|网贷|银行)|别的(?:贷款|平台|卡|银行)|网贷|\\bother (?:debts|loans|creditors|cards|credit cards|bills)\\b|\\bowe anyone else\\b")],
  ["plans", pattern("打算|计划|安排|什么时候(?:能|可以)|下一步|\\b(?:plan\\w*|intend|going forward|next few months|expect|when do you think)\\b")],
  ["payment_capacity", pattern("能还多少|还得起|每月能|能承受|可以还多少|多少合适|负担|能拿出|\\b(?:afford|how much (?:can|could) you (?:pay|manage|put)|manage each month|realistic amount|comfortable paying|what (?:amount|payment) (?:would|could|works))\\b")],
  ["dispute", pattern("异议|哪里不对|不认可|有疑问|对不上|\\b(?:dispute|disagree|not yours|don't recognise|don't recognize|incorrect|wrong amount|discrepancy)\\b")],
];

/** The questions in a turn, whether each is open, and the topics each asks about. */
export function findQuestions(text: TTurnText): TQuestion[] {
  const questions: TQuestion[] = [];
  for (const span of text.sentences) {
    const sentence = text.norm.slice(span.start, span.end);
    const marked = text.norm[span.end] === "?";
    const isQuestion =
      marked || (text.language === "zh-CN" ? ZH_QUESTION.test(sentence) && /[吗呢]\s*$/.test(sentence) : EN_INVITATION.test(sentence));
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
