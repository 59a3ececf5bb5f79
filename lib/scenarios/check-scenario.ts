import type { TLanguage, TRulesetId } from "../transcript/transcript-schema";
import type { TCaseFile } from "./case-file-schema";
import type { THidden } from "./hidden-schema";
import type { TPolicy } from "./policy-schema";
import { scenarioReasons as reasons } from "./scenario-reasons";
import type { TScenarioText } from "./scenario-text";
import { textIn, type TLocalizedText } from "../i18n/localized-text";

/** Rules that span fields, so a scenario's figures, dates and languages agree with each other. */
type TCheckedScenario = { language: TLanguage; ruleset: TRulesetId; caseFile: TCaseFile; policy: TPolicy; hidden: THidden };
export type TScenarioProblem = { path: (string | number)[]; reason: TLocalizedText };

/** The currency every amount of a rule set's scenarios is in. */
export const CURRENCY: Record<TRulesetId, TCaseFile["account"]["currency"]> = { cn: "CNY", us: "USD", uk: "GBP" };
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
  const add = (path: (string | number)[], reason: TLocalizedText) => problems.push({ path, reason });
  const { account } = caseFile;
  const balance = cents(account.balance);

  if (account.currency !== CURRENCY[ruleset]) add(["caseFile", "account", "currency"], reasons.currencyOfRuleset(ruleset, CURRENCY[ruleset]));
  const onCards = account.cards.reduce((sum, card) => sum + cents(card.balance), 0);
  if (onCards !== balance) add(["caseFile", "account", "cards"], reasons.cardsDoNotAddUp(formatCents(onCards), formatCents(balance)));
  const { principal, interest, fees } = account.breakdown;
  const parts = cents(principal) + cents(interest) + Object.values(fees).reduce((sum, fee) => sum + cents(fee ?? 0), 0);
  if (parts !== balance) add(["caseFile", "account", "breakdown"], reasons.breakdownDoesNotAddUp(formatCents(parts), formatCents(balance)));
  if (account.minimumPayment <= 0 || cents(account.minimumPayment) > balance) add(["caseFile", "account", "minimumPayment"], reasons.minimumPaymentRange);

  if (cents(policy.minimumFirstPayment) > balance) add(["policy", "minimumFirstPayment"], reasons.atMostBalance);
  if (policy.settlementFloor !== undefined && cents(policy.settlementFloor) >= balance) add(["policy", "settlementFloor"], reasons.lessThanBalance);
  policy.waivable.forEach((charge, index) => {
    const charged = charge === "interest" ? interest : (fees[charge] ?? 0);
    if (charged <= 0) add(["policy", "waivable", index], reasons.nothingToWaive(charge));
  });
  if (caseFile.case.installmentEligible !== policy.maxInstallmentMonths > 0) {
    add(["policy", "maxInstallmentMonths"], reasons.installmentsDisagree(caseFile.case.installmentEligible));
  }
  if (cents(hidden.canPayToday) > balance) add(["hidden", "canPayToday"], reasons.atMostBalance);
  if (hidden.canPayMonthly !== undefined && hidden.canPayMonthly > hidden.monthlyIncome) add(["hidden", "canPayMonthly"], reasons.atMostMonthlyIncome);
  return problems;
}

function dateProblems(caseFile: TCaseFile): TScenarioProblem[] {
  const problems: TScenarioProblem[] = [];
  const { asOf, daysPastDue, bucket, inCollectionSince } = caseFile.case;
  const today = dayNumber(asOf);
  const firstMissed = today - daysPastDue;
  const notAfterToday = (path: (string | number)[], date: string) => {
    if (dayNumber(date) > today) problems.push({ path, reason: reasons.afterAsOf(date, asOf) });
  };

  if (bucket !== bucketFor(daysPastDue)) problems.push({ path: ["caseFile", "case", "bucket"], reason: reasons.wrongBucket(daysPastDue, bucketFor(daysPastDue)) });
  notAfterToday(["caseFile", "case", "inCollectionSince"], inCollectionSince);
  if (dayNumber(inCollectionSince) < firstMissed) {
    problems.push({ path: ["caseFile", "case", "inCollectionSince"], reason: reasons.beforeFirstMissedPayment(daysPastDue) });
  }
  caseFile.account.transactionsSinceDelinquency.forEach((transaction, index) => {
    const path = ["caseFile", "account", "transactionsSinceDelinquency", index, "date"];
    if (dayNumber(transaction.date) < firstMissed) problems.push({ path, reason: reasons.beforeDelinquency(transaction.date) });
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
    if (entry.belongsTo === "contact" && (!entry.relation || !entry.name)) return [{ path, reason: reasons.contactNeedsRelationAndName }];
    if (entry.belongsTo === "cardholder" && entry.relation) return [{ path: [...path, "relation"], reason: reasons.onlyForContact }];
    return [];
  });
}

function hiddenProblems({ language, hidden }: TCheckedScenario): TScenarioProblem[] {
  const problems: TScenarioProblem[] = [];
  const needsLanguage = (path: (string | number)[], text: TScenarioText) => {
    if (textIn(text, language) === undefined) problems.push({ path, reason: reasons.needsScenarioLanguage(language) });
  };
  needsLanguage(["hidden", "realReason"], hidden.realReason);
  const seen = new Set<string>();
  hidden.disclosures.forEach((disclosure, index) => {
    if (seen.has(disclosure.id)) problems.push({ path: ["hidden", "disclosures", index, "id"], reason: reasons.duplicateDisclosureId(disclosure.id) });
    seen.add(disclosure.id);
    needsLanguage(["hidden", "disclosures", index, "fact"], disclosure.fact);
  });
  if (hidden.mustStop) needsLanguage(["hidden", "mustStop", "says"], hidden.mustStop.says);
  return problems;
}
