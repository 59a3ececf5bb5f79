import type { TCustomerDecision } from "../persona/customer-decision-schema";
import type { TScenario } from "../scenarios/scenario-schema";
import { textIn, type TScenarioText } from "../scenarios/scenario-text";

const inLanguage = (text: TScenarioText, scenario: TScenario) => textIn(text, scenario.language) ?? Object.values(text)[0] ?? "";

/** Hidden facts the decision lets the customer say by now: the ones disclosed, and the must-stop words when raised. */
export function sayableFacts(scenario: TScenario, decision: TCustomerDecision): string[] {
  const facts = scenario.hidden.disclosures.filter((fact) => decision.disclosed.includes(fact.id)).map((fact) => inLanguage(fact.fact, scenario));
  const raisesStop = decision.acts.some((act) => act.kind === "must_stop") || decision.phase === "must_stop";
  return raisesStop && scenario.hidden.mustStop ? [...facts, inLanguage(scenario.hidden.mustStop.says, scenario)] : facts;
}

/** Hidden facts the customer must not say yet. */
export function unsayableFacts(scenario: TScenario, decision: TCustomerDecision): string[] {
  const facts = scenario.hidden.disclosures.filter((fact) => !decision.disclosed.includes(fact.id)).map((fact) => inLanguage(fact.fact, scenario));
  const sayable = sayableFacts(scenario, decision);
  const stop = scenario.hidden.mustStop ? inLanguage(scenario.hidden.mustStop.says, scenario) : undefined;
  return stop && !sayable.includes(stop) ? [...facts, stop] : facts;
}
