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

/** Who the agent says they are: name or staff number, agency, creditor, and the US mini-Miranda. */
export function detectSelfIdentification(text: TTurnText): TTurnAnalysis["selfIdentification"] {
  const names = findHits(text, NAME);
  const intro = new Set([...names, ...findHits(text, AFFILIATION)].map((hit) => hit.sentence.start));
  // Agency and creditor count when named in a sentence where the agent introduces themselves.
  const inIntro = (regex: RegExp) => findHits(text, regex).filter((hit) => intro.has(hit.sentence.start));
  const agency = inIntro(AGENCY);
  const creditor = inIntro(CREDITOR);
  const collector = findHits(text, DEBT_COLLECTOR);
  const purpose = findHits(text, PURPOSE);
  const evidence = [...names, ...collector, ...purpose].map((hit) => evidenceOf(text, hit));
  return {
    name: names.length > 0,
    agency: agency.length > 0 || collector.length > 0,
    creditor: creditor.length > 0,
    debtCollector: collector.length > 0,
    purposeStatement: purpose.length > 0,
    evidence: [...new Set(evidence)],
  };
}
