import { parseDurations, toMonths } from "../text/parse-durations";
import type { TCaseFacts } from "../transcript/transcript-schema";
import { evidenceOf, type THit } from "./match/find-hits";
import { pattern } from "./match/lexicon";
import { liveHits } from "./match/live-hits";
import type { TTurnText } from "./match/turn-text";
import type { TTurnAnalysis } from "./turn-analysis-schema";

type TOption = TTurnAnalysis["optionsOffered"][number];
type TDeception = TTurnAnalysis["deceptions"][number];

const OPTIONS: [TOption["kind"], RegExp][] = [
  ["instalments", pattern("分期|分(?:到|成|为)?\\s?\\d+\\s?期|分[^,.!?]{0,3}个月|每(?:个)?月(?:还|付)|按月还|还款计划|还款方案|分几次|分开还|停息挂账|\\b(?:instal{1,2}ments?|payment plan|repayment plan|(?:look at|set up|do) a plan|monthly payments|spread (?:it |this |the (?:balance|payments|cost) )?(?:out|over)|stretch (?:it|that|the rest|the balance|this) (?:out |over)|pay (?:it )?(?:off )?(?:over|in) (?:\\d+|a few|several|the next)|split (?:it|the balance|this) (?:into|over)|[\\w-]+[- ]month(?:ly)? plan|(?:go|stretch) up to [\\w-]+ months|(?:on|over) [\\w-]+ months|set up a plan|(?:payment|repayment) arrangement|arrangement to pay|debt management plan)\\b")],
  ["deferral", pattern("延期|延后|推迟|缓(?:几天|一段时间|期)|宽限|暂停|停催|暂缓|先不(?:用)?(?:还|催)|等(?:你|您)?(?:发工资|情况好转|找到工作|出院|身体好)|\\b(?:defer\\w*|postpone\\w*|breathing space|(?:put|place)[^.!?]{0,20}on hold|(?:a |put a )?[\\w-]*(?:day|week|month) hold|hold on (?:the|your) account|pause\\w*|hold off|skip a payment|payment holiday|grace period|extra time|give you (?:some )?(?:time|a few weeks|until)|(?:push|move) (?:this month's|the|your|next) payment)\\b")],
  ["fee_waiver", pattern("(?:剩下的|剩余的?|其余的?)[^,.!?]{0,10}(?:核销|勾销|免了|不用(?:再)?还)|一笔勾销|(?:减免|免除|免掉|免去|免了|豁免|全免|退还|退掉|停收)[^,.!?]{0,4}(?:违约金|滞纳金|年费|手续费|利息|罚息|本金|欠款|一半|部分|费用|全部)|(?:违约金|滞纳金|年费|手续费|利息|罚息|本金)[^,.!?]{0,10}(?:减免|免除|免掉|免了|全免|可以免|不用还|不用付|打折|打.折|退掉|退还)|\\b(?:waive\\w*|write (?:it |this )?off|written off|forgiv\\w*|knock(?:ing)? off|drop (?:the )?(?:interest|fees?|late fees)|remove (?:the )?(?:late )?(?:fees?|charges|interest)|refund (?:the )?(?:fees?|charges)|freez\\w* (?:the )?interest|interest[- ]free|stop (?:the )?interest|settle for less|discount(?:ed)? (?:settlement|payoff)|take \\d+% off|reduce the balance|settlement offer)\\b")],
  ["reduced_payment", pattern("先还(?:一部分|一点|部分|最低|个)|少还|只还最低|(?:先|只)?(?:还|存)[^,.!?]{0,6}最低|还一部分|能还多少(?:就)?还多少|(?:降低|减少)(?:每月)?(?:还款|月供)|小额还款|\\b(?:reduced payments?|lower (?:monthly )?payments?|smaller (?:monthly )?(?:payments?|amount)|token payments?|partial payments?|pay what you can|whatever you can afford|(?:just|only) (?:pay )?the minimum|reduce (?:your|the) (?:monthly )?payments?|affordable (?:amount|payment)|something lower|start (?:small|with a small))\\b")],
  ["debt_advice", pattern("债务咨询|财务咨询|法律援助|12378|金融消费[^,.!?]{0,4}(?:热线|咨询)|免费咨询|\\b(?:stepchange|national debtline|citizens advice|moneyhelper|money advice|debt advice|free (?:and independent )?(?:debt )?advice|credit counsel{1,2}ing|nonprofit credit|nfcc|debt charity)\\b")],
];
/** An option is put as a choice, not demanded: 可以/或者/"we could". */
const OFFERING = /可以|能|或者|也行|您看|要不要|申请|\b(?:could|can|option|would (?:that|it) help|if (?:that|it) helps|we might|how about|what about)\b/;
/** Asking for a waiver or a plan, subject to approval, promises nothing the policy forbids. */
const APPLICATION = /申请|提交|审批|审核|以银行|为准|\b(?:request|apply|application|no promises|can't promise|subject to|approval|see what [a-z]+ says|ask (?:the|my) (?:bank|creditor|manager))\b/;

/** Which waivable fee a waiver talks about; principal covers discounts on the debt itself. */
const WAIVER_TARGETS: [string, RegExp][] = [
  ["late_fees", /违约金|滞纳金|罚息|late (?:fees?|charges)|penalt/],
  ["interest", /利息|停息|interest/],
  ["annual_fee", /年费|annual fee/],
  ["principal", /本金|欠款|一半|全部|剩下|剩余|其余|\bhalf\b|balance|principal|the debt|settle for less|discount|% off|write|forgiv/],
  ["fees", /手续费|费用|\bfees?\b|\bcharges\b/],
];

/** "本金减免我这边没有这个权限": the option is refused, not offered. */
const POST_REFUSAL = /^[^,.!?]{0,10}(?:没有(?:这个)?权限|没权限|办不了|做不到|不能|不行|不可以)/;

type TOptionsResult = { optionsOffered: TOption[]; deceptions: TDeception[] };

/**
 * Options offered and whether the policy in the case allows them: a waiver of what `waivable`
 * does not list, or more instalment months than `maxInstallmentMonths`, is deception.
 */
export function detectOptions(text: TTurnText, facts: TCaseFacts | undefined): TOptionsResult {
  const result: TOptionsResult = { optionsOffered: [], deceptions: [] };
  for (const [kind, regex] of OPTIONS) {
    for (const hit of liveHits(text, regex)) {
      const sentence = text.norm.slice(hit.sentence.start, hit.sentence.end);
      if (POST_REFUSAL.test(text.norm.slice(hit.end, hit.sentence.end))) continue;
      if (kind === "reduced_payment" && !OFFERING.test(sentence)) continue;
      const evidence = evidenceOf(text, hit);
      const option: TOption = { kind, withinPolicy: null, evidence };
      if (kind === "fee_waiver") option.withinPolicy = APPLICATION.test(sentence) ? null : waiverAllowed(text, hit, facts);
      if (kind === "instalments") {
        const months = planMonths(text, hit);
        if (months !== undefined) option.months = months;
        if (months !== undefined && facts?.maxInstallmentMonths !== undefined) option.withinPolicy = months <= facts.maxInstallmentMonths;
      }
      if (option.withinPolicy === false) {
        result.deceptions.push({ kind: kind === "fee_waiver" ? "unauthorised_waiver" : "instalments_beyond_policy", evidence });
      }
      result.optionsOffered.push(option);
    }
  }
  return result;
}

/** Allowed only when every fee the words name is waivable; the principal never is unless listed. */
function waiverAllowed(text: TTurnText, hit: THit, facts: TCaseFacts | undefined): boolean | null {
  const words = text.norm.slice(Math.max(hit.sentence.start, hit.start - 16), Math.min(hit.sentence.end, hit.end + 24));
  const targets = WAIVER_TARGETS.filter(([, regex]) => regex.test(words)).map(([target]) => target);
  const waivable = facts?.waivable;
  if (!waivable) return targets.includes("principal") ? false : null;
  if (targets.length === 0) return null;
  return targets.every((target) => (target === "fees" ? waivable.some((item) => /fee/.test(item)) : waivable.includes(target)));
}

function planMonths(text: TTurnText, hit: THit): number | undefined {
  const sentence = text.norm.slice(hit.sentence.start, hit.sentence.end);
  const lengths = parseDurations(sentence)
    .filter((duration) => duration.unit !== "day")
    .map(toMonths);
  return lengths.length > 0 ? Math.max(...lengths) : undefined;
}
