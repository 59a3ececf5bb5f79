import { normaliseText } from "../text/normalise-text";
import { evidenceOf, findHits, near, type THit } from "./match/find-hits";
import { pattern } from "../lexicon/load-lexicon";
import { spanAt, type TTurnText } from "./match/turn-text";
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

/** Legal-form and trade words that follow an agency's own name: 广信达|商务服务有限公司, Ridgeway| Recoveries. */
const ZH_AGENCY_SUFFIX = /(?:有限责任公司|有限公司|股份|集团|公司|商务服务|信息咨询|商务咨询|资产管理|信用管理|咨询|服务|商务|信息|科技|管理)$/;
/** First words too common to be the agency's own name on their own. */
const EN_GENERIC = new Set([
  "the",
  "first",
  "national",
  "united",
  "american",
  "british",
  "global",
  "credit",
  "debt",
  "financial",
  "account",
  "accounts",
  "recovery",
  "collection",
  "collections",
  "general",
  "central",
  "city",
  "bank",
  "card",
]);
const agencyCues = new Map<string, string | undefined>();

/**
 * The agency's own short name from the case file, said alone in an introduction ("我系广信达嘅陈小姐",
 * "its aisha calling from ridgeway"): the core of 广信达商务服务有限公司, the first word of Ridgeway Recoveries.
 * Worked out once per agency name.
 */
export function agencyCue(agency: string | undefined): string | undefined {
  if (!agency) return undefined;
  if (agencyCues.has(agency)) return agencyCues.get(agency);
  const norm = normaliseText(agency).trim();
  let cue: string | undefined;
  if (/[\u3400-\u9fff]/.test(norm)) {
    let core = norm.replace(/\s/g, "");
    for (let previous = ""; previous !== core; ) {
      previous = core;
      core = core.replace(ZH_AGENCY_SUFFIX, "");
    }
    cue = core.length >= 2 ? core : undefined;
  } else {
    const first = norm.split(/[^a-z'-]+/).find((word) => word.length > 0);
    cue = first && first.length >= 4 && !EN_GENERIC.has(first) ? first : undefined;
  }
  agencyCues.set(agency, cue);
  return cue;
}

/** Where the agency's short name is said within a few words of the agent's name or affiliation. */
function agencyCueHits(text: TTurnText, cue: string, anchors: readonly THit[]): THit[] {
  const hits: THit[] = [];
  const letters = /[a-z]/;
  for (let at = text.norm.indexOf(cue); at >= 0; at = text.norm.indexOf(cue, at + cue.length)) {
    const end = at + cue.length;
    if (letters.test(cue) && (letters.test(text.norm[at - 1] ?? "") || letters.test(text.norm[end] ?? ""))) continue;
    if (!anchors.some((anchor) => Math.abs(anchor.start - end) <= 40 || Math.abs(at - anchor.end) <= 40)) continue;
    hits.push({ start: at, end, sentence: near(spanAt(text.sentences, at), at, end), clause: near(spanAt(text.clauses, at), at, end) });
  }
  return hits;
}

/** Who the agent says they are: name or staff number, agency, creditor, and the US mini-Miranda. */
export function detectSelfIdentification(text: TTurnText, agencyName?: string): TTurnAnalysis["selfIdentification"] {
  // "有问题打银行客服报我工号2086", "回拨这个号码找周婷,工号7713": a call-back route, not an introduction.
  const names = findHits(text, NAME).filter((hit) => text.norm.startsWith("我", hit.start) || !CALL_BACK_ROUTE.test(text.norm.slice(hit.sentence.start, hit.sentence.end)));
  const affiliations = findHits(text, AFFILIATION);
  const intro = new Set([...names, ...affiliations].map((hit) => hit.sentence.start));
  // Agency and creditor count when named in a sentence where the agent introduces themselves.
  const inIntro = (regex: RegExp) => findHits(text, regex).filter((hit) => intro.has(hit.sentence.start));
  const lexiconAgency = inIntro(AGENCY);
  const cue = lexiconAgency.length === 0 ? agencyCue(agencyName) : undefined;
  const agency = cue ? agencyCueHits(text, cue, [...names, ...affiliations]) : lexiconAgency;
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
