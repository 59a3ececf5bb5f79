import { bucketFor, CURRENCY } from "../scenarios/check-scenario";
import type { TTopic } from "../scenarios/hidden-schema";
import { analyseTranscript } from "../scoring/analyse-transcript";
import type { TTranscript } from "../transcript/transcript-schema";
import { NEW_SCENARIO_TEMPLATE } from "./new-scenario-template";
import { NEW_SCENARIO_TEMPLATE_EN } from "./new-scenario-template-en";
import { readScenarioValues } from "./read-scenario-values";
import { setScenarioFields, type TFieldPath } from "./set-scenario-field";

const MAX_FACTS = 8;
const MAX_FACT_CHARS = 300;

/** What the customer said in answer to a question on a topic: a fact a trainee should draw out. */
export type TCallFact = { topic: TTopic; fact: string };

/**
 * The customer's answers to the agent's questions, each with the topic the scorer heard asked. A
 * third party's words are left out: they are not the cardholder's facts.
 */
export function customerFacts(transcript: TTranscript): TCallFact[] {
  const asked = new Map(analyseTranscript(transcript).map((analysis) => [analysis.turn, analysis.questionTopics]));
  const facts: TCallFact[] = [];
  transcript.turns.forEach((turn, index) => {
    const question = transcript.turns[index - 1];
    if (turn.speaker !== "customer" || turn.party === "third_party" || question?.speaker !== "agent") return;
    const topic = asked.get(index - 1)?.[0];
    const fact = turn.text.trim().slice(0, MAX_FACT_CHARS);
    if (topic && fact) facts.push({ topic, fact });
  });
  return facts.slice(0, MAX_FACTS);
}

/**
 * A draft scenario from a real call (a quality-review transcript): its language and rule set, the
 * case facts it carries (name, amounts, days past due, instalments), and what the customer
 * revealed as hidden facts. Everything else comes from the language's starting scenario, with the
 * figures made to agree, so the draft is valid; the trainer edits it into a case.
 */
export function scenarioFromCall(transcript: TTranscript, { title }: { title: string }): string {
  const base = transcript.language === "en" ? NEW_SCENARIO_TEMPLATE_EN : NEW_SCENARIO_TEMPLATE;
  const baseValues = readScenarioValues(base) as { caseFile: { case: { asOf: string } } };
  const { case: known = {} } = transcript;
  const facts = customerFacts(transcript);
  const changes: { path: TFieldPath; value: unknown }[] = [
    { path: ["id"], value: "from-a-real-call" },
    { path: ["title"], value: { zh: `来自真实通话:${title}`, en: `From a real call: ${title}` } },
    { path: ["summary"], value: draftSummary(known, CURRENCY[transcript.ruleset]) },
    { path: ["ruleset"], value: transcript.ruleset },
    { path: ["caseFile", "account", "currency"], value: CURRENCY[transcript.ruleset] },
  ];
  const set = (path: TFieldPath, value: unknown) => value !== undefined && changes.push({ path, value });
  set(["persona", "name"], known.debtorName?.trim() || undefined);
  if (known.amountDue) {
    // One card and all of it principal: the call names the total, the trainer splits it if they know more.
    const due = known.amountDue;
    set(["caseFile", "account", "balance"], due);
    set(["caseFile", "account", "cards", 0, "balance"], due);
    set(["caseFile", "account", "breakdown"], { principal: due, interest: 0, fees: {} });
    set(["caseFile", "account", "minimumPayment"], Math.min(known.minimumPayment ?? due, due));
    set(["policy", "waivable"], []);
    set(["policy", "minimumFirstPayment"], Math.min(known.minimumPayment ?? due, due));
    set(["hidden", "canPayToday"], Math.min(known.minimumPayment ?? due, due));
  }
  if (known.daysPastDue) {
    set(["caseFile", "case", "daysPastDue"], known.daysPastDue);
    set(["caseFile", "case", "bucket"], bucketFor(known.daysPastDue));
    // Placed in collection on the day of the call: always between the first missed payment and then.
    set(["caseFile", "case", "inCollectionSince"], baseValues.caseFile.case.asOf);
  }
  if (known.maxInstallmentMonths !== undefined) {
    set(["policy", "maxInstallmentMonths"], Math.min(known.maxInstallmentMonths, 60));
    set(["caseFile", "case", "installmentEligible"], known.maxInstallmentMonths > 0);
  }
  if (facts.length > 0) {
    set(["hidden", "realReason"], facts[0]!.fact);
    set(
      ["hidden", "disclosures"],
      facts.map((fact, index) => ({ id: `fact-${index + 1}`, fact: fact.fact, topic: fact.topic, minTrust: 0.4 })),
    );
  }
  return setScenarioFields(base, changes);
}

/** The trainee's summary from what the call said of the case, for the trainer to rewrite. */
function draftSummary(known: NonNullable<TTranscript["case"]>, currency: string): { zh: string; en: string } {
  const days = known.daysPastDue ? { zh: `逾期${known.daysPastDue}天`, en: `${known.daysPastDue} days past due` } : { zh: "逾期", en: "past due" };
  const due = known.amountDue ? { zh: `,欠款${known.amountDue}(${currency})`, en: `, ${currency} ${known.amountDue} in total` } : { zh: "", en: "" };
  return { zh: `持卡人${days.zh}${due.zh}。`, en: `The cardholder is ${days.en}${due.en}.` };
}
