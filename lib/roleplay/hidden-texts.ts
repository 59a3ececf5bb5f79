import type { TCustomerDecision } from "../persona/customer-decision-schema";
import type { TScenario } from "../scenarios/scenario-schema";
import type { TScenarioText } from "../scenarios/scenario-text";
import { textIn } from "../i18n/localized-text";

const inLanguage = (text: TScenarioText, scenario: TScenario) => textIn(text, scenario.language) ?? Object.values(text)[0] ?? "";

/**
 * Scenario words the decision lets the customer say by now: the facts disclosed, the must-stop words
 * when raised, and this reply's cover story and saying.
 */
export function sayableFacts(scenario: TScenario, decision: TCustomerDecision): string[] {
  const facts = scenario.hidden.disclosures.filter((fact) => decision.disclosed.includes(fact.id)).map((fact) => inLanguage(fact.fact, scenario));
  const raisesStop = decision.acts.some((act) => act.kind === "must_stop") || decision.phase === "must_stop";
  const ownWords = decision.acts.flatMap((act) => {
    const text =
      act.kind === "saying"
        ? scenario.persona.sayings?.[act.index]?.says
        : act.kind === "answer" && act.way === "cover"
          ? scenario.hidden.disclosures.find((fact) => fact.id === act.factId)?.cover
          : undefined;
    return text ? [inLanguage(text, scenario)] : [];
  });
  const stop = raisesStop && scenario.hidden.mustStop ? [inLanguage(scenario.hidden.mustStop.says, scenario)] : [];
  return [...facts, ...stop, ...ownWords];
}

/** Hidden facts the customer must not say yet. */
export function unsayableFacts(scenario: TScenario, decision: TCustomerDecision): string[] {
  const facts = scenario.hidden.disclosures.filter((fact) => !decision.disclosed.includes(fact.id)).map((fact) => inLanguage(fact.fact, scenario));
  const sayable = sayableFacts(scenario, decision);
  const stop = scenario.hidden.mustStop ? inLanguage(scenario.hidden.mustStop.says, scenario) : undefined;
  return stop && !sayable.includes(stop) ? [...facts, stop] : facts;
}
