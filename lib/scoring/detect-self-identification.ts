import { evidenceOf, findHits } from "./match/find-hits";
import { pattern } from "./match/lexicon";
import type { TTurnText } from "./match/turn-text";
import type { TTurnAnalysis } from "./turn-analysis-schema";

const NAME = pattern(
  "我(?:是|叫|姓)(?!想|说|来|要|在|觉得|问|为|不|真|很|非常|因为|打|给|跟|和|这|那|他|她|您|你)|工号|员工号|编号\\s?\\d|\\b(?:my name is|my name's|this is (?!an? |the )[a-z]+(?: [a-z]+)? (?:from|at|with|calling)|(?:i'm|i am|it's) (?!calling|ringing|phoning|trying|just|here|not|sorry|afraid|from|with)[a-z]+(?: [a-z]+)? (?:from|at|with|calling)|it's [a-z]+ (?:from|at|with)|(?:i'm|i am|my name's|my name is|this is|it's) [a-z]+, (?:and )?(?:i'm |i am )?(?:calling |ringing )?(?:from|at|with)|you're speaking (?:to|with)|(?:i'm|i am|my name's|my name is|this is|it's) [a-z]+,? (?:and )?i work (?:for|at|with)|(?:employee|staff|agent) (?:id|number))\\b",
);
const AGENCY = pattern(
  "公司|集团|服务中心|事务所|催收|外包|合作机构|委外|第三方|资产管理|信用管理|客服中心|有限|\\b(?:collections?|recovery|recoveries|agency|services|solutions|associates|management|debt collector|credit management|receivables)\\b",
);
const CREDITOR = pattern("银行|信用卡中心|委托|代表|\\b(?:bank|card services|on behalf of|acting for|calling for|representing|for (?:your )?(?:creditor|lender))\\b");
const DEBT_COLLECTOR = pattern("\\b(?:(?:a|am|is) debt collector|attempt(?:ing)? to collect a debt|collecting a debt)\\b|债务催收人|催收人员");
const PURPOSE = pattern("\\binformation (?:obtained |we obtain |you provide |gathered )?(?:will|may) be used for (?:that|this) purpose\\b|所获(?:得)?(?:的)?信息将用于");

/** Who the agent says they are: name or staff number, agency, creditor, and the US mini-Miranda. */
export function detectSelfIdentification(text: TTurnText): TTurnAnalysis["selfIdentification"] {
  const names = findHits(text, NAME);
  const intro = new Set(names.map((hit) => hit.sentence.start));
  // Agency and creditor count when named in the sentence where the agent introduces themselves.
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
