import { evidenceOf } from "./match/find-hits";
import { pattern, words } from "./match/lexicon";
import { liveHits } from "./match/live-hits";
import { isCompleted, isConditional, isHedged, isImminent, reportsOthers } from "./match/sentence-markers";
import type { TTurnText } from "./match/turn-text";
import type { TTurnAnalysis } from "./turn-analysis-schema";

const LEGAL = pattern(
  words([
    "起诉", "诉讼", "告你", "告上法庭", "上法院", "法院", "打官司", "吃官司", "立案", "传票", "律师函", "诉前", "法律程序",
    "法律途径", "法律手段", "司法程序", "开庭", "判决", "仲裁", "法务", "移交律师", "执行局", "失信被执行人", "失信名单", "限高",
    "限制高消费", "法律文书", "上报名单", "催收函", "律师团队", "起诉书", "律所", "律师事务所",
  ]) +
    "|\\b(?:sue|suing|sued|lawsuit(?:'s)?|legal action|legal proceedings|court|litigation|pre-litigation|summons|judge?ment|legal department|legal team|legal has|our attorneys|our lawyers|solicitors?|ccj|claim form|file (?:a )?(?:suit|claim|case)|(?:get|be|been) served|served (?:with )?papers|subpoena|legal (?:letter|papers|documents)|lawyer(?:'s)? letter|paperwork(?:'s)? (?:drafted|ready|been drawn up)|escalat\\w* to legal)\\b",
);
/** Steps that only exist as scare stories at this stage, whatever the framing. */
const ALWAYS_FAKE = pattern(
  "诉前材料|诉前调解|上报名单|名单(?:已经)?(?:出来|下来)|(?:确认|核实|核对|提供|报一下)(?:一下)?(?:您的|你的)?(?:现)?(?:地址|住址)[^.!?]{0,16}(?:法律文书|律师函|传票|法院)|(?:法律文书|律师函|传票|起诉书)[^.!?]{0,10}(?:寄|送|发)(?:到|给|过去|出)|\\bconfirm your address for (?:the )?(?:legal|court) (?:papers|documents|letters)|\\bpapers (?:are|have been) (?:drawn up|prepared|filed)",
);
const CREDIT_REPORT = pattern("征信|信用记录|信用报告|\\bcredit (?:report|record|file|score|bureaus?|reference agenc\\w*|history)\\b");
const OUR_ACTION = /我们(?:会|将|就|要)|银行(?:会|将|就|要)|就(?:会)?(?:起诉|告)|\b(?:we(?:'ll| will| are going to)|the bank (?:will|is going to)|they(?:'ll| will))\b/;

type TLegalClaims = {
  deceptions: TTurnAnalysis["deceptions"];
  threats: TTurnAnalysis["threats"];
  lawfulConsequences: TTurnAnalysis["lawfulConsequences"];
};

/**
 * Sorts talk of legal process: a possibility stated truthfully ("the bank may decide to sue, as the
 * agreement allows") is lawful; a step claimed as taken or set for a time ("总部已经发了诉前材料",
 * "the materials go to court at 4 pm today") is invented process; "we will sue you if…" is a threat.
 */
export function detectLegalClaims(text: TTurnText): TLegalClaims {
  const claims: TLegalClaims = { deceptions: [], threats: [], lawfulConsequences: [] };
  const seen = new Set<number>();
  for (const hit of liveHits(text, ALWAYS_FAKE)) {
    seen.add(hit.sentence.start);
    claims.deceptions.push({ kind: "fake_legal_process", evidence: evidenceOf(text, hit) });
  }
  for (const hit of liveHits(text, LEGAL)) {
    // The customer's own lawyer ("your solicitor", 您的律师) is not our legal step.
    if (seen.has(hit.sentence.start) || /(?:your |您的|你的)$/.test(text.norm.slice(Math.max(0, hit.start - 5), hit.start))) continue;
    if (reportsOthers(text, hit)) continue;
    seen.add(hit.sentence.start);
    const evidence = evidenceOf(text, hit);
    const sentence = text.norm.slice(hit.sentence.start, hit.sentence.end);
    if (isImminent(text, hit) || (isCompleted(text, hit) && !isHedged(text, hit))) claims.deceptions.push({ kind: "fake_legal_process", evidence });
    else if (isHedged(text, hit)) claims.lawfulConsequences.push({ kind: "legal_action", evidence });
    else if (isConditional(text, hit) || OUR_ACTION.test(sentence)) claims.threats.push({ kind: "legal_action", evidence });
  }
  for (const hit of liveHits(text, CREDIT_REPORT)) claims.lawfulConsequences.push({ kind: "credit_report", evidence: evidenceOf(text, hit) });
  return claims;
}
