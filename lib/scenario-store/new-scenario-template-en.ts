import { NEW_SCENARIO_TEMPLATE } from "./new-scenario-template";
import { setScenarioFields } from "./set-scenario-field";

const account = (...path: (string | number)[]) => ["caseFile", "account", ...path];

/** The English-language starting scenario under the US rule set: the Chinese one with what differs in an American case. */
export const NEW_SCENARIO_TEMPLATE_EN = setScenarioFields(NEW_SCENARIO_TEMPLATE, [
  { path: ["title"], value: { zh: "新场景(英文)", en: "New scenario (English)" } },
  { path: ["summary"], value: { zh: "持卡人逾期45天,欠款2,400美元。", en: "The cardholder is 45 days past due, $2,400 in total." } },
  { path: ["language"], value: "en" },
  { path: ["ruleset"], value: "us" },
  { path: ["persona", "name"], value: "Daniel Reyes" },
  { path: ["persona", "age"], value: 38 },
  { path: ["persona", "speakingStyle"], value: "Polite and apologetic; hesitates when money comes up." },
  { path: ["caseFile", "case", "creditor"], value: "Example Bank, N.A." },
  { path: ["caseFile", "case", "agency"], value: "Example Recovery Services, LLC" },
  { path: ["caseFile", "case", "accountRef"], value: "EX-4821-0001" },
  { path: ["caseFile", "customer", "homeRegion"], value: "Columbus, Ohio" },
  { path: ["caseFile", "customer", "registeredAddress"], value: "118 Example St, Columbus, OH 43215" },
  { path: ["caseFile", "customer", "phoneBook", 0], value: { label: "Cell", number: "(614) 555-0101", belongsTo: "cardholder" } },
  { path: account("currency"), value: "USD" },
  { path: account("cards", 0), value: { product: "Example Rewards Visa", last4: "4821", creditLimit: 3000, balance: 2400 } },
  { path: account("balance"), value: 2400 },
  { path: account("minimumPayment"), value: 240 },
  { path: account("breakdown"), value: { principal: 2250, interest: 120, fees: { late_fees: 30 } } },
  { path: ["policy", "minimumFirstPayment"], value: 100 },
  { path: ["hidden", "realReason"], value: "Lost his job last month and is still looking for work." },
  { path: ["hidden", "monthlyIncome"], value: 1800 },
  { path: ["hidden", "canPayToday"], value: 100 },
  { path: ["hidden", "canPayMonthly"], value: 150 },
  { path: ["hidden", "disclosures", 0, "fact"], value: "I got laid off last month and I'm still looking for work." },
]);
