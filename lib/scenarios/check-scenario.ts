import type { TLanguage, TRulesetId } from "../transcript/transcript-schema";
import type { TCaseFile } from "./case-file-schema";
import type { THidden } from "./hidden-schema";
import type { TPolicy } from "./policy-schema";
import { textIn, type TScenarioText } from "./scenario-text";

/** Rules that span fields, so a scenario's figures, dates and languages agree with each other. */
type TCheckedScenario = { language: TLanguage; ruleset: TRulesetId; caseFile: TCaseFile; policy: TPolicy; hidden: THidden };
export type TScenarioProblem = { path: (string | number)[]; message: string };

const CURRENCY: Record<TRulesetId, TCaseFile["account"]["currency"]> = { cn: "CNY", us: "USD", uk: "GBP" };
const cents = (value: number) => Math.round(value * 100);
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;
const formatCents = (value: number) => (value / 100).toFixed(2);

export function bucketFor(daysPastDue: number): TCaseFile["case"]["bucket"] {
  const month = Math.ceil(daysPastDue / 30);
  return month >= 6 ? "M6+" : (`M${month}` as TCaseFile["case"]["bucket"]);
}

export function scenarioProblems(scenario: TCheckedScenario): TScenarioProblem[] {
  return [...figureProblems(scenario), ...dateProblems(scenario.caseFile), ...contactProblems(scenario.caseFile), ...hiddenProblems(scenario)];
}

function figureProblems({ ruleset, caseFile, policy, hidden }: TCheckedScenario): TScenarioProblem[] {
  const problems: TScenarioProblem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ path, message });
  const { account } = caseFile;
  const balance = cents(account.balance);

  if (account.currency !== CURRENCY[ruleset]) add(["caseFile", "account", "currency"], `rule set ${ruleset} uses ${CURRENCY[ruleset]}`);
  const onCards = account.cards.reduce((sum, card) => sum + cents(card.balance), 0);
  if (onCards !== balance) add(["caseFile", "account", "cards"], `card balances add up to ${formatCents(onCards)}, not the balance ${formatCents(balance)}`);
  const { principal, interest, fees } = account.breakdown;
  const parts = cents(principal) + cents(interest) + Object.values(fees).reduce((sum, fee) => sum + cents(fee ?? 0), 0);
  if (parts !== balance) add(["caseFile", "account", "breakdown"], `principal, interest and fees add up to ${formatCents(parts)}, not the balance ${formatCents(balance)}`);
  if (account.minimumPayment <= 0 || cents(account.minimumPayment) > balance) add(["caseFile", "account", "minimumPayment"], "expected more than 0 and at most the balance");

  if (cents(policy.minimumFirstPayment) > balance) add(["policy", "minimumFirstPayment"], "expected at most the balance");
  if (policy.settlementFloor !== undefined && cents(policy.settlementFloor) >= balance) add(["policy", "settlementFloor"], "expected less than the balance");
  policy.waivable.forEach((charge, index) => {
    const charged = charge === "interest" ? interest : (fees[charge] ?? 0);
    if (charged <= 0) add(["policy", "waivable", index], `the balance has no ${charge} to waive`);
  });
  if (caseFile.case.installmentEligible !== policy.maxInstallmentMonths > 0) {
    add(["policy", "maxInstallmentMonths"], `caseFile.case.installmentEligible is ${caseFile.case.installmentEligible}, so expected ${caseFile.case.installmentEligible ? "more than 0" : "0"}`);
  }
  if (cents(hidden.canPayToday) > balance) add(["hidden", "canPayToday"], "expected at most the balance");
  if (hidden.canPayMonthly !== undefined && hidden.canPayMonthly > hidden.monthlyIncome) add(["hidden", "canPayMonthly"], "expected at most monthlyIncome");
  return problems;
}

function dateProblems(caseFile: TCaseFile): TScenarioProblem[] {
  const problems: TScenarioProblem[] = [];
  const { asOf, daysPastDue, bucket, inCollectionSince } = caseFile.case;
  const today = dayNumber(asOf);
  const firstMissed = today - daysPastDue;
  const notAfterToday = (path: (string | number)[], date: string) => {
    if (dayNumber(date) > today) problems.push({ path, message: `${date} is after caseFile.case.asOf ${asOf}` });
  };

  if (bucket !== bucketFor(daysPastDue)) problems.push({ path: ["caseFile", "case", "bucket"], message: `${daysPastDue} days past due is ${bucketFor(daysPastDue)}` });
  notAfterToday(["caseFile", "case", "inCollectionSince"], inCollectionSince);
  if (dayNumber(inCollectionSince) < firstMissed) {
    problems.push({ path: ["caseFile", "case", "inCollectionSince"], message: `expected on or after the first missed payment, ${daysPastDue} days before asOf` });
  }
  caseFile.account.transactionsSinceDelinquency.forEach((transaction, index) => {
    const path = ["caseFile", "account", "transactionsSinceDelinquency", index, "date"];
    if (dayNumber(transaction.date) < firstMissed) problems.push({ path, message: `${transaction.date} is before the account became delinquent` });
    notAfterToday(path, transaction.date);
  });
  if (caseFile.account.lastPayment) notAfterToday(["caseFile", "account", "lastPayment", "date"], caseFile.account.lastPayment.date);
  caseFile.account.statements?.forEach((statement, index) => notAfterToday(["caseFile", "account", "statements", index, "closingDate"], statement.closingDate));
  caseFile.flags.complaints.forEach((complaint, index) => notAfterToday(["caseFile", "flags", "complaints", index, "date"], complaint.date));
  caseFile.other.actionHistory.forEach((action, index) => notAfterToday(["caseFile", "other", "actionHistory", index, "date"], action.date));
  return problems;
}

function contactProblems(caseFile: TCaseFile): TScenarioProblem[] {
  return caseFile.customer.phoneBook.flatMap((entry, index) => {
    const path = ["caseFile", "customer", "phoneBook", index];
    if (entry.belongsTo === "contact" && (!entry.relation || !entry.name)) return [{ path, message: "a contact needs relation and name" }];
    if (entry.belongsTo === "cardholder" && entry.relation) return [{ path: [...path, "relation"], message: "only for a contact" }];
    return [];
  });
}

function hiddenProblems({ language, hidden }: TCheckedScenario): TScenarioProblem[] {
  const problems: TScenarioProblem[] = [];
  const needsLanguage = (path: (string | number)[], text: TScenarioText) => {
    if (textIn(text, language) === undefined) problems.push({ path, message: `expected a ${language} text, the scenario's language` });
  };
  needsLanguage(["hidden", "realReason"], hidden.realReason);
  const seen = new Set<string>();
  hidden.disclosures.forEach((disclosure, index) => {
    if (seen.has(disclosure.id)) problems.push({ path: ["hidden", "disclosures", index, "id"], message: `duplicate disclosure id "${disclosure.id}"` });
    seen.add(disclosure.id);
    needsLanguage(["hidden", "disclosures", index, "fact"], disclosure.fact);
  });
  if (hidden.mustStop) needsLanguage(["hidden", "mustStop", "says"], hidden.mustStop.says);
  return problems;
}
