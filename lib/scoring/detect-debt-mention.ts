import { evidenceOf, findHits } from "./match/find-hits";
import { pattern } from "./match/lexicon";
import type { TTurnText } from "./match/turn-text";
import type { TTurnAnalysis } from "./turn-analysis-schema";

const DEBT = pattern(
  "欠(?!缺)|逾期|拖欠|还款|还钱|催收|债务|账款|未还|没还|最低还款|违约金|滞纳金|透支|账单|款项|老赖|(?:信用卡|卡)的钱|(?:信用卡|那张卡|这张卡|卡)的事|(?:这个|这笔|那笔|那个)账(?!号|户)|账[^,.!?]{0,3}拖了|钱还了|(?:他|她|你|您)(?:的)?[^,.!?]{0,6}(?:信用卡|银行)|(?:信用卡|银行|信用卡中心)[^,.!?]{0,4}找(?:他|她)|\\b(?:debts?|owes?|owed|owing|overdue|past[- ]due|late (?:payments?|on)|\\w+ days late|missed payments?|arrears|outstanding|delinquen\\w*|collect(?:ing)? (?:a|the|this) debt|collections?|collection (?:team|agency)|amount due|behind|catch up|defaulted|minimum payment|charged? off|balance|non-payment|repayments?|(?:hasn't|has not|haven't|not) paid|unpaid|we need a payment|(?:his|her|their) (?:\\w+ )?(?:credit card|card|account|loan)|about (?:the|his|her) \\w+ (?:account|card)|(?:the|that|his|her) card (?:thing|business|situation|matter|stuff))\\b",
);
const OTHER_PERSON = new RegExp("他|她|(?:您|你)(?:的)?(?:丈夫|老公|妻子|老婆|爱人|儿子|女儿|父亲|母亲|爸爸|妈妈|哥哥|姐姐|弟弟|妹妹|朋友|同事)|\\b(?:he|she|his|her|him|your (?:husband|wife|son|daughter|father|mother|dad|mom|mum|brother|sister|friend|colleague|partner))\\b");
const LISTENER = new RegExp("您|你|\\b(?:you|your)\\b");

/** Whether the turn says there is a debt, and whose. */
export function detectDebtMention(text: TTurnText, debtorName: string | undefined): TTurnAnalysis["debtMention"] & { firstAt: number } {
  const hits = findHits(text, DEBT);
  if (hits.length === 0) return { mentioned: false, about: "unspecified", evidence: [], firstAt: -1 };
  const sentence = text.norm.slice(hits[0]!.sentence.start, hits[0]!.sentence.end);
  const name = debtorName?.toLowerCase();
  const aboutOther = OTHER_PERSON.test(sentence) || (name !== undefined && name.length > 0 && sentence.includes(name));
  const about = aboutOther ? "other_person" : LISTENER.test(sentence) ? "listener" : "unspecified";
  return { mentioned: true, about, evidence: [...new Set(hits.map((hit) => evidenceOf(text, hit)))], firstAt: hits[0]!.start };
}
