import { parseDurations, toMonths } from "../text/parse-durations";
import type { TCaseFacts } from "../transcript/transcript-schema";
import { evidenceOf, type THit } from "./match/find-hits";
import { pattern } from "../lexicon/load-lexicon";
import { liveHits } from "./match/live-hits";
import type { TTurnText } from "./match/turn-text";
import type { TTurnAnalysis } from "./turn-analysis-schema";

type TOption = TTurnAnalysis["optionsOffered"][number];
type TDeception = TTurnAnalysis["deceptions"][number];

const OPTIONS: [TOption["kind"], RegExp][] = [
  ["instalments", pattern("option.instalments")],
  ["deferral", pattern("option.deferral")],
  ["fee_waiver", pattern("option.fee-waiver")],
  ["reduced_payment", pattern("option.reduced-payment")],
  ["debt_advice", pattern("option.debt-advice")],
];
/** An option is put as a choice, not demanded: 可以/或者/"we could". */
const OFFERING = /可以|能|或者|也行|您看|要不要|申请|\b(?:could|can|option|would (?:that|it) help|if (?:that|it) helps|we might|how about|what about)\b/;
/** Asking for a waiver or a plan, subject to approval, promises nothing the policy forbids. */
const APPLICATION =
  /申请|提交|审批|审核|以银行|为准|\b(?:request|apply|application|no promises|can't promise|subject to|approval|see what [a-z]+ says|ask (?:the|my) (?:bank|creditor|manager))\b/;

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
  // What is waived is said next to the word: "late fees waived", "waive the late fees", "违约金减免"; not "…waived, balance £3,305".
  const named = (words: string) => WAIVER_TARGETS.filter(([, regex]) => regex.test(words)).map(([target]) => target);
  const before = named(text.norm.slice(Math.max(hit.sentence.start, hit.start - 16), hit.start));
  // "freeze the interest, so the balance won't grow": a waiver that names what it waives names nothing more after it.
  const own = named(text.norm.slice(hit.start, hit.end));
  const targets = before.length > 0 ? before : own.length > 0 ? own : named(text.norm.slice(hit.start, Math.min(hit.sentence.end, hit.end + 24)));
  const waivable = facts?.waivable;
  if (!waivable) return targets.includes("principal") ? false : null;
  if (targets.length === 0) return null;
  return targets.every((target) => (target === "fees" ? waivable.some((item) => /fee/.test(item)) : waivable.includes(target)));
}

/** How long a record is kept ("the missed payments stay for six years", 还清后再保留五年) is no plan's length. */
const RETENTION_BEFORE =
  /(?:保留|保存|留存|记录)[^,.!?]{0,6}$|\b(?:stay|stays|remain|remains|kept|sit|sits|last|lasts)(?: on (?:your|the|his|her) (?:file|record|report|credit file|credit report))?(?: for)?(?: up to| about| around)?\s*$/;

function planMonths(text: TTurnText, hit: THit): number | undefined {
  const sentence = text.norm.slice(hit.sentence.start, hit.sentence.end);
  const lengths = parseDurations(sentence)
    .filter((duration) => duration.unit !== "day" && !RETENTION_BEFORE.test(sentence.slice(Math.max(0, duration.start - 40), duration.start)))
    .map(toMonths);
  return lengths.length > 0 ? Math.max(...lengths) : undefined;
}
