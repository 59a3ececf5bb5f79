import { evidenceOf, findHits } from "./match/find-hits";
import { pattern } from "../lexicon/load-lexicon";
import type { TTurnText } from "./match/turn-text";
import type { TTurnAnalysis } from "./turn-analysis-schema";

const NAME = pattern("self-id.name");
const AGENCY = pattern("self-id.agency");
const CREDITOR = pattern("self-id.creditor");
const DEBT_COLLECTOR = pattern("self-id.debt-collector");
const PURPOSE = pattern("self-id.purpose");
const AFFILIATION = pattern("self-id.affiliation");

const CALL_BACK_ROUTE = /(?:打|拨|联系)[^,.!?]{0,8}(?:客服|热线)|客服(?:热线|电话)|回拨|背面|\b(?:call (?:me|us) back|ring (?:me|us) back|ask for|extension)\b/;

/** Agency words that already tell a listener there is a debt (a third party hearing 鼎诚信息咨询 or "Lakeview Account Services" learns nothing). */
const COLLECTION_TRADE = /催收|委外|外包|资产管理|信用管理|\b(?:collections?|recover(?:y|ies)|receivables|debt collector|credit management|agency)\b/;

/** Who the agent says they are: name or staff number, agency, creditor, and the US mini-Miranda. */
export function detectSelfIdentification(text: TTurnText): TTurnAnalysis["selfIdentification"] {
  // "有问题打银行客服报我工号2086", "回拨这个号码找周婷,工号7713": a call-back route, not an introduction.
  const names = findHits(text, NAME).filter((hit) => text.norm.startsWith("我", hit.start) || !CALL_BACK_ROUTE.test(text.norm.slice(hit.sentence.start, hit.sentence.end)));
  const intro = new Set([...names, ...findHits(text, AFFILIATION)].map((hit) => hit.sentence.start));
  // Agency and creditor count when named in a sentence where the agent introduces themselves.
  const inIntro = (regex: RegExp) => findHits(text, regex).filter((hit) => intro.has(hit.sentence.start));
  const agency = inIntro(AGENCY);
  const creditor = inIntro(CREDITOR);
  const collector = findHits(text, DEBT_COLLECTOR);
  const purpose = findHits(text, PURPOSE);
  // The sentence naming agency or bank is quoted when the name came in an earlier turn.
  const evidence = [...names, ...collector, ...purpose, ...creditor, ...agency].map((hit) => evidenceOf(text, hit));
  return {
    name: names.length > 0,
    agency: agency.length > 0 || collector.length > 0,
    creditor: creditor.length > 0,
    debtCollector: collector.length > 0,
    purposeStatement: purpose.length > 0,
    revealsCollection: creditor.length > 0 || collector.length > 0 || agency.some((hit) => COLLECTION_TRADE.test(text.norm.slice(hit.start, hit.end))),
    evidence: [...new Set(evidence)],
  };
}
