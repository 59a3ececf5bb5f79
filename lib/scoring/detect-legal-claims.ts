import { evidenceOf } from "./match/find-hits";
import { pattern } from "../lexicon/load-lexicon";
import { liveHits } from "./match/live-hits";
import { isCompleted, isConditional, isHedged, isImminent, reportsOthers } from "./match/sentence-markers";
import type { TTurnText } from "./match/turn-text";
import type { TTurnAnalysis } from "./turn-analysis-schema";

const LEGAL = pattern("legal.legal");
/** Steps that only exist as scare stories at this stage, whatever the framing. */
const ALWAYS_FAKE = pattern("legal.always-fake");
const CREDIT_REPORT = pattern("legal.credit-report");
const OUR_ACTION = /我们(?:会|将|就|要)|银行(?:会|将|就|要)|就(?:会)?(?:起诉|告)|\b(?:we(?:'ll| will| are going to)|the bank (?:will|is going to)|they(?:'ll| will))\b/;

const ASKED_FOR = /(?:提供|告诉我|发给我|给我|报一下|说一下)[^,.!?]*$|\b(?:give me|send (?:me|us)|do you have|can you (?:give|send|tell)|what(?:'s| is))\s[^,.!?]*$/;

/** The customer's own lawyer: 您的律师, 您已委托明正律师事务所, "your solicitor", "the attorney you hired". */
const CUSTOMERS_OWN = /(?:your |您的|你的)(?:own |代理|委托的?)?$|(?:您|你)(?:已经?|已)?(?:委托了?|请了|找了|聘请了?)[^,.!?]{0,10}$/;
/** Writing to a lawyer ("we'll write to the solicitor with the details", an estate's): contacting them, no step of ours. */
const WRITTEN_TO = /\b(?:write|speak|talk|send (?:it|them|this|that|everything)|forward (?:it|them|this)|liaise|deal) (?:directly )?(?:to|with) (?:the|his|her|their|that) $/;

const ASKS_ABOUT_THEIR_LAWYER =
  /\b(?:has|have|do you have|is there|are you using|did) (?:a|an|your|any) (?:solicitor|lawyer|attorney)\b[^.!?]*\?|(?:您|你)(?:有没有|是否)(?:请|找|委托)?(?:了)?(?:代理)?律师|(?:您|你)有(?:请|找|委托)?(?:了)?(?:代理)?律师(?:吗|\?)/;

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
    // Asking for the customer's own court or bankruptcy reference ("麻烦您提供一下法院的受理案号") handles their case.
    if (ASKED_FOR.test(text.norm.slice(Math.max(hit.sentence.start, hit.start - 16), hit.start))) continue;
    // "有人跟您说过什么诉前材料吗?": asking about what someone else claimed.
    if (reportsOthers(text, hit)) continue;
    seen.add(hit.sentence.start);
    claims.deceptions.push({ kind: "fake_legal_process", evidence: evidenceOf(text, hit) });
  }
  for (const hit of liveHits(text, LEGAL)) {
    // The customer's own lawyer ("your solicitor", 您的律师) is not our legal step.
    if (seen.has(hit.sentence.start) || CUSTOMERS_OWN.test(text.norm.slice(Math.max(hit.sentence.start, hit.start - 14), hit.start))) continue;
    if (WRITTEN_TO.test(text.norm.slice(Math.max(hit.sentence.start, hit.start - 40), hit.start))) continue;
    if (reportsOthers(text, hit)) continue;
    // "Has a solicitor been in touch about the estate?", 您有没有请律师?: asking whether someone acts for them.
    if (ASKS_ABOUT_THEIR_LAWYER.test(text.norm.slice(hit.sentence.start, hit.sentence.end + 1))) continue;
    seen.add(hit.sentence.start);
    const evidence = evidenceOf(text, hit);
    const sentence = text.norm.slice(hit.sentence.start, hit.sentence.end);
    if (isImminent(text, hit) || (isCompleted(text, hit) && !isHedged(text, hit))) {
      claims.deceptions.push({ kind: "fake_legal_process", evidence });
      // "再不还,下周法务就把材料递到法院": an invented step held over the customer is a threat as well.
      if (isConditional(text, hit)) claims.threats.push({ kind: "legal_action", evidence });
    } else if (isHedged(text, hit)) claims.lawfulConsequences.push({ kind: "legal_action", evidence });
    else if (isConditional(text, hit) || OUR_ACTION.test(sentence)) claims.threats.push({ kind: "legal_action", evidence });
  }
  // "逾期记录会报送征信": one consequence, however many of its names the sentence uses.
  const reported = [...new Set(liveHits(text, CREDIT_REPORT).map((hit) => evidenceOf(text, hit)))];
  for (const evidence of reported) claims.lawfulConsequences.push({ kind: "credit_report", evidence });
  return claims;
}
