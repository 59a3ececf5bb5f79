import { evidenceOf, findHits } from "./match/find-hits";
import { pattern } from "../lexicon/load-lexicon";
import { splitHits } from "./match/live-hits";
import { explainsTheLaw, isHedged, reportsOthers } from "./match/sentence-markers";
import type { TTurnText } from "./match/turn-text";
import type { TTurnAnalysis } from "./turn-analysis-schema";

type TKind = TTurnAnalysis["deceptions"][number]["kind"];

const POST_NEGATION = /^[^.!?]{0,10}(?:没(?:有)?(?:任何|什么)?关系|无关|不影响|不受|没有影响|不准确|是不对的)/;
/** A topic named as a heading and denied after it ("Blacklists: no such thing"); "you'll be blacklisted: no renting…" lists the claim. */
const DENIED_UNDER_HEADING = /^\s?:\s?(?:\w+\s){0,2}(?:no|not|never|none|can't|cannot|won't|don't|aren't|isn't)\b/;
const HEADING_BEFORE = /^\s*(?:[\w'’-]+\s){0,2}$/;
/** Invented consequences are claimed in the negative ("your son won't be able to sit the exam"); only "won't affect" denies them. */
const DENIED_EFFECT =
  /(?:(?:不会|不|没有|并不|并没有|\b(?:won't|will not|doesn't|does not|not|never))\s?(?:\w+\s)?(?:影响|affect|impact|touch|matter|hurt|show up|lose)|(?:不会|不)[^,.!?]{0,10}(?:受)?影响|(?:不会|不|从不|没有)(?:上报|通报|报告|通知|告诉)|\b(?:don't|do not|won't|will not|never) (?:report|tell|share|pass)\w*|(?:没有|并没有|根本没有|不存在|哪有|哪来的?)(?:网上说的|所谓的?|那种|这种|什么|任何)|\b(?:there(?:'s| is| are) no|no such))[^.!?]{0,24}$/;
/** The authority acting for itself is information, not posing as it: "法院的事只会由法院通知您". */
const AUTHORITY_ITSELF =
  /由(?:法院|警方|公安|律师)|(?:受理)?案号|\bcase (?:number|reference)\b|\b(?:only|just) (?:the|a) court\b|\bthe court (?:itself|would|will) (?:write|contact|notify)/;

/** Posing words whose negation is the lie itself ("不是什么外包公司", "we're not a collection agency"): no reassurance. */
const POSING_IDIOMS = /不是(?:什么)?(?:外包|催收公司|第三方)|\bnot (?:a|some|the|an outside) (?:collection agency|debt collector|third party)\b/g;

/** "I'm from Northgate Bank's collections team": a lie only when an outside agency is collecting. */
const POSES_AS_BANK = pattern("deception.poses-as-bank");

const PATTERNS: [TKind, RegExp][] = [
  ["impersonation", pattern("deception.impersonation")],
  ["impersonation", pattern("deception.impersonation-2")],
  ["impersonation", POSES_AS_BANK],
  ["fake_deadline", pattern("deception.fake-deadline")],
  ["fake_favour", pattern("deception.fake-favour")],
  ["invented_consequence", pattern("deception.invented-consequence")],
  ["improper_payment_channel", pattern("deception.improper-payment-channel")],
];

/** Invented facts other than legal process: posing as authorities, fake deadlines and favours, made-up consequences. */
export function detectDeception(text: TTurnText, options: { inHouse?: boolean } = {}): TTurnAnalysis["deceptions"] {
  const found: TTurnAnalysis["deceptions"] = [];
  for (const [kind, regex] of PATTERNS) {
    // An in-house collector is the bank: saying so is self-identification, not posing.
    if (regex === POSES_AS_BANK && options.inHouse) continue;
    // Posing as an authority is denied in the negative ("I'm not a lawyer"); other claims are made in it.
    const hits = kind === "invented_consequence" ? findHits(text, regex) : splitHits(text, regex, kind === "impersonation", POSING_IDIOMS).asserted;
    for (const hit of hits) {
      // "不会影响孩子上学、考公务员": the denial may reach into the hit and down a list.
      // "six years, not for life", 是五年而不是一辈子: the claim corrected.
      if (
        kind === "invented_consequence" &&
        /(?:\bnot|\bnever|\brather than|\binstead of|而不是|不是|并非)\s?$/.test(text.norm.slice(Math.max(hit.sentence.start, hit.start - 16), hit.start))
      )
        continue;
      if (kind === "invented_consequence" && DENIED_EFFECT.test(text.norm.slice(Math.max(hit.sentence.start, hit.start - 40), hit.end))) continue;
      const after = text.norm.slice(hit.end, hit.sentence.end);
      const heading = HEADING_BEFORE.test(text.norm.slice(hit.sentence.start, hit.start)) && DENIED_UNDER_HEADING.test(after);
      if (POST_NEGATION.test(after) || heading || reportsOthers(text, hit)) continue;
      if (kind === "impersonation" && AUTHORITY_ITSELF.test(text.norm.slice(hit.sentence.start, hit.sentence.end))) continue;
      // Travel bans after a court judgment are real; stated as that, they are lawful information.
      if (kind === "invented_consequence" && isHedged(text, hit) && explainsTheLaw(text, hit)) continue;
      found.push({ kind, evidence: evidenceOf(text, hit) });
    }
  }
  return found;
}
