import { evidenceOf, findHits } from "./match/find-hits";
import { pattern } from "../lexicon/load-lexicon";
import type { TTurnText } from "./match/turn-text";
import type { TTurnAnalysis } from "./turn-analysis-schema";

const DEBT = pattern("debt-mention.debt");
const OTHER_PERSON = new RegExp(
  "他|她|(?:您|你)(?:的)?(?:丈夫|老公|妻子|老婆|爱人|儿子|女儿|父亲|母亲|爸爸|妈妈|哥哥|姐姐|弟弟|妹妹|朋友|同事)|\\b(?:he|she|his|her|him|your (?:husband|wife|son|daughter|father|mother|dad|mom|mum|brother|sister|friend|colleague|partner))\\b",
);
const LISTENER = new RegExp("您|你|\\b(?:you|your)\\b");
/** Words that say "debt" only as part of who is calling: "Brightline Collections", 催收公司. */
const AGENCY_WORD = /^(?:催收|collections?|collection (?:team|agency))$/;
/** "Cobalt Debt Recovery", "Northside Debt Services": "debt" inside a firm's name. */
const AGENCY_AFTER_DEBT = /^ (?:recovery|collections?|management|solutions|services|agency|purchasing)\b/;
const SAYS_WHAT_ABOUT = /关于(?:您|你|他|她)|\babout (?:the|your|his|her|their|an?) (?:\w+ ){0,3}(?:card|account|balance|loan|debt|arrears)\b/;

/** Whether the turn says there is a debt, and whose. `namesSums`: the turn says an amount of money (parsed once, by the caller). */
export function detectDebtMention(text: TTurnText, debtorName: string | undefined, namesSums = false): TTurnAnalysis["debtMention"] & { firstAt: number } {
  const hits = findHits(text, DEBT);
  if (hits.length === 0) return { mentioned: false, about: "unspecified", byAgencyName: false, evidence: [], firstAt: -1 };
  const sentence = text.norm.slice(hits[0]!.sentence.start, hits[0]!.sentence.end);
  const name = debtorName?.toLowerCase();
  const aboutOther = OTHER_PERSON.test(sentence) || (name !== undefined && name.length > 0 && sentence.includes(name));
  const about = aboutOther ? "other_person" : LISTENER.test(sentence) ? "listener" : "unspecified";
  // "…from Brightline Collections" names who calls; "…from the collection team about the fifty-eight thousand" says more.
  const inAgencyName = (hit: (typeof hits)[number]) =>
    AGENCY_WORD.test(text.norm.slice(hit.start, hit.end)) ||
    (/^debts?$/.test(text.norm.slice(hit.start, hit.end)) && AGENCY_AFTER_DEBT.test(text.norm.slice(hit.end, hit.end + 16)));
  const byAgencyName = hits.every(inAgencyName) && !namesSums && !SAYS_WHAT_ABOUT.test(text.norm);
  return { mentioned: true, about, byAgencyName, evidence: [...new Set(hits.map((hit) => evidenceOf(text, hit)))], firstAt: hits[0]!.start };
}
