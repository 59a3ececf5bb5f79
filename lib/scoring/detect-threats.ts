import { evidenceOf, type THit } from "./match/find-hits";
import { concept, pattern } from "../lexicon/load-lexicon";
import { splitHits } from "./match/live-hits";
import { isTagQuestion } from "./match/is-negated";
import { explainsTheLaw, isHedged, reportsOthers } from "./match/sentence-markers";
import type { TTurnText } from "./match/turn-text";
import type { TTurnAnalysis } from "./turn-analysis-schema";

type TThreatKind = TTurnAnalysis["threats"][number]["kind"];

const THREAT_PATTERNS: [TThreatKind, RegExp][] = [
  ["exposure", pattern("threat.exposure")],
  ["exposure", pattern("threat.exposure-2")],
  ["exposure", pattern("threat.exposure-3")],
  ["exposure", pattern("threat.exposure-4")],
  ["violence", pattern("threat.violence")],
  ["intimidation", pattern("threat.intimidation")],
  ["intimidation", pattern("threat.intimidation-2")],
  ["prison", pattern("threat.prison")],
  ["seizure", pattern("threat.seizure")],
  ["harassment", pattern("threat.harassment")],
];
/** Threats whose own words are negative: "you wouldn't want…", "don't be surprised when…", 到时候可就不好看了, 不是我这样好说话. */
const THREAT_IDIOMS =
  /\b(?:wouldn't want|you don't want|don't (?:make|let|force) me|don't be surprised|don't want (?:them|him|her|your)|don't tend to leave|not (?:leaving|giving) (?:us|me)|(?:they|we) (?:don't|won't) (?:just )?(?:call|phone|ring|write)(?= ?,))\b|不好看|不好办|不客气|没那么简单|没这么简单|不只是钱|不是我(?:这样|这么)好说话|不好收场|收不了场|挂不住|过不去/g;
/** Talk about what others wrongly say, or what the law requires, is information, not a threat. */
const POST_NEGATION =
  /^\s?:\s?(?:\w+\s){0,2}(?:no|not|never|none|can't|cannot|won't|don't|aren't|isn't)\b|^\s?[:：]\s?(?:不会|没有|不|没)|^[^.!?]{0,8}(?:是不|不会|不做|不搞|不干|没有关系|没关系|无关|不影响)|^\s?(?:really |actually |ever )?(?:doesn't|does not|don't|do not|won't|will not|isn't|is not|aren't|can't|cannot|never|can only|only (?:come|get involved|act))\b/;
/** Owning up to it afterwards ("给您同事打电话是我们做得不对", "calling your boss was wrong") is an apology, not a threat. */
const OWNED_AS_WRONG =
  /^[^.!?]{0,30}(?:做得不对|是不对的|不应该|不该|是错的|错了|道歉|对不起|抱歉|(?:给|让)(?:您|你)添麻烦了|让(?:您|你)[^,.!?]{0,4}(?:受委屈了|为难了)|\b(?:was wrong|wasn't right|was out of order|shouldn't have|should never have|never should have|i apologi[sz]e|we apologi[sz]e|i'm sorry|we're sorry)\b)/;

/** What follows a topic named as a heading denies or limits it: "On bailiffs: nobody can…", "Sheriff: if a suit were ever filed…". */
const ANSWERED_UNDER_HEADING =
  /^\s?[:,-]\s?(?:\w+['’]?\w*\s){0,4}?(?:no|not|never|none|nobody|only|can't|cannot|won't|don't|isn't|aren't|if)\b|^\s?[:：,]\s?[^,.!?]{0,6}(?:不会|没有|不|只有|只能|如果)/;
const TOPIC_HEADING_BEFORE = /^\s*(?:(?:and|now|so),?\s)?(?:on|about|as for|regarding|re|关于|至于|说到)\s?$/;

/** An earlier call spoken of as a past event ("之前打到您单位的事", "when they rang your work last time"): not a threat of the next one. */
const PAST_EVENT_BEFORE = /(?:之前|上次|上回|以前|那次|那天)[^,.!?]{0,4}$/;
const PAST_EVENT_AFTER = /^[^,.!?]{0,4}的(?:事|那次|情况)/;
/** "同事打到您单位的事作为投诉上报": the call named as a matter complained of, apologised for or looked into. */
const PAST_EVENT_HANDLED = /^[^,.!?]{0,4}的(?:事|事情|那次|情况)[^,.!?]{0,8}(?:投诉|上报|道歉|登记|记下|反映|核实|核查|处理|调查)/;
const ONLY_CONTACT_BEFORE = /\bonly $/;
/** "about that earlier call to your old workplace": the call is named as a thing that happened. */
const PAST_CALL_NAMED = /\b(?:(?:that|those) (?:earlier|previous|other)|the (?:earlier|previous)|(?:complaint|apology|sorry) (?:about|for|over|regarding) (?:the|that))\s?$/;

/** The customer is the one advised or asked to reach their family ("please call your brother tonight", "Will you ring your brother when we hang up?", "您可以跟家人商量"): support, not exposure. */
const ADVISED_TO_CUSTOMER =
  /(?:(?:您|你)(?:愿意|想|需要)的话,?|\bif you(?:'d| would)? (?:like|want|prefer) (?:us|me) to\s+|\b(?:please|you (?:could|can|might|may|should)(?: always| also| just)?|(?:will|would|can|could) you(?: just| maybe| please)?|feel free to|would you like to|do you want to|if you (?:want|like|'d like)(?: to)?)\s+(?:try (?:to|and)\s+)?|(?:(?:您|你)(?:可以|不妨|也可以|最好)|建议(?:您|你)|请(?:您|你)|要不(?:您|你))(?:先|也|再|现在就?|马上|今天|今晚|赶紧|这就)?|(?:您|你)(?:而家|现在|即刻|马上|今晚|今日|今天)就?)$/;

/** "现在先给闺蜜打电话好吗", "call your sister tonight, okay?": the customer is the one asked to make the call. */
function suggestedToCustomer(text: TTurnText, hit: THit): boolean {
  const after = text.norm.slice(hit.end, hit.sentence.end);
  const before = text.norm.slice(Math.max(hit.clause.start, hit.start - 10), hit.start);
  // "…了吧" after "再不还" concludes a threat; a plain "…吧" suggests.
  if (/再不|不然|否则|要不然|只能/.test(text.norm.slice(hit.sentence.start, hit.start))) return false;
  if (/我|\b(?:we|i|i'll|we'll)\b/.test(before)) return false;
  return /^[^,.!?]{0,8}(?:好吗|好不好|行吗|可以吗|(?<!了)吧)\s*$|^[^,.!?]{0,12}, (?:ok|okay|alright|yeah)\s*$/.test(after) || KEEPS_COMPANY.test(after);
}

/** Someone asked to come and be with the customer ("叫佢过嚟陪下你", "so she can stay with you tonight"): company, not exposure. */
const KEEPS_COMPANY = /陪(?:下|一下|着|住)?(?:你|您)|\b(?:keep you company|(?:be|stay|sit) with you)\b/;

/**
 * Threats by concept × pattern, with negation and lawful framing: "我们不会联系您的家人" is a
 * reassurance, "如果您不还我们就告诉您家人" a threat. Seizure and prison talk count as lawful
 * explanation when framed as a possibility or as what the law requires.
 */
export function detectThreats(text: TTurnText): Pick<TTurnAnalysis, "threats" | "reassurances"> & { lawful: string[] } {
  const threats: TTurnAnalysis["threats"] = [];
  const reassurances: TTurnAnalysis["reassurances"] = [];
  const lawful: string[] = [];
  for (const [kind, regex] of THREAT_PATTERNS) {
    const { asserted, negated } = splitHits(text, regex, true, THREAT_IDIOMS);
    for (const hit of negated) reassurances.push({ kind, evidence: evidenceOf(text, hit) });
    for (const hit of asserted) {
      const after = text.norm.slice(hit.end, hit.sentence.end);
      if (kind === "exposure" && (ADVISED_TO_CUSTOMER.test(text.norm.slice(hit.clause.start, hit.start)) || suggestedToCustomer(text, hit))) continue;
      // "On bailiffs: nobody can send them without a court order": the topic named before it is answered.
      const heading = text.norm.slice(hit.sentence.start, hit.start);
      if ((TOPIC_HEADING_BEFORE.test(heading) || /^\s*$/.test(heading)) && ANSWERED_UNDER_HEADING.test(after)) continue;
      const before = text.norm.slice(hit.clause.start, hit.start);
      // "from now on we'll only contact her office": the contact limited, not threatened (只能联系… is the threat, so no Chinese form).
      if (kind === "exposure" && ONLY_CONTACT_BEFORE.test(before)) continue;
      const pastEvent = (PAST_EVENT_BEFORE.test(before) && PAST_EVENT_AFTER.test(after)) || PAST_EVENT_HANDLED.test(after) || PAST_CALL_NAMED.test(before);
      // "…find out the hard way, won't they?" takes nothing back.
      if ((POST_NEGATION.test(after) && !isTagQuestion(after)) || OWNED_AS_WRONG.test(after) || pastEvent) {
        reassurances.push({ kind, evidence: evidenceOf(text, hit) });
        continue;
      }
      const lawfulFraming = ((kind === "seizure" || kind === "prison") && mayBeLawful(text, hit, kind)) || reportsOthers(text, hit);
      if (lawfulFraming) lawful.push(evidenceOf(text, hit));
      else threats.push({ kind, evidence: evidenceOf(text, hit) });
    }
  }
  return { threats: dedupe(threats), reassurances: dedupe(reassurances), lawful };
}

/** A threat dressed as regret or advice ("I'd hate for your manager to hear about this") stays one however hedged. */
const REGRET = new RegExp(`\\b${concept("regret-en")}\\b`);

/**
 * Seizure can follow a judgment anywhere, and in China malicious overdraft can be a crime, so a
 * hedged statement of either may be information. Jail for a consumer debt is never real in the US
 * or the UK, and regret ("I'd hate for your kids to watch the bailiffs") is a threat however hedged.
 */
function mayBeLawful(text: TTurnText, hit: THit, kind: "seizure" | "prison"): boolean {
  // Breaking in is never what a collector may say will happen, however hedged.
  if (/force/.test(text.norm.slice(hit.start, hit.end))) return false;
  if (explainsTheLaw(text, hit)) return true;
  if (REGRET.test(text.norm.slice(hit.sentence.start, hit.sentence.end))) return false;
  if (kind === "prison" && text.language === "en") return false;
  return isHedged(text, hit);
}

function dedupe<T extends { kind: string; evidence: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.kind}\u0000${item.evidence}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
