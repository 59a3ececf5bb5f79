import type { TCaseFacts } from "../transcript/transcript-schema";
import type { TScenario } from "./scenario-schema";

/** The facts the scorer checks the trainee's figures and offers against (interfaces.md §1 `case`). */
export function toCaseFacts(scenario: TScenario): TCaseFacts {
  const { account, case: caseArea } = scenario.caseFile;
  return {
    debtorName: scenario.persona.name,
    currency: account.currency,
    amountDue: account.balance,
    minimumPayment: account.minimumPayment,
    daysPastDue: caseArea.daysPastDue,
    maxInstallmentMonths: scenario.policy.maxInstallmentMonths,
    waivable: [...scenario.policy.waivable],
    creditor: caseArea.creditor,
    // A case file with no agency is in-house collection: the trainee is the bank (case-file-schema).
    ...(caseArea.agency ? { agency: caseArea.agency } : { inHouse: true }),
  };
}
