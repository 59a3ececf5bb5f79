import type { TTopic } from "../scenarios/hidden-schema";
import type { TCustomerAct } from "./customer-decision-schema";
import type { TPersonaContext } from "./persona-context";

/** Acts in which the money question of the turn already has its answer. */
export const MONEY_ANSWERS = new Set<TCustomerAct["kind"]>(["agree_payment", "agree_plan", "counter_offer", "counter_plan", "decline", "ask_time"]);

/**
 * The answer to the question the trainee asked, when no fact they revealed in this reply answers it:
 * a topic they have nothing hidden about gets an ordinary answer, one they have told already a
 * reference back, and one they do not yet trust the caller with the scenario's cover story or a dodge.
 */
export function answerToQuestion(context: TPersonaContext, disclosedNow: readonly string[], acts: readonly TCustomerAct[]): TCustomerAct[] {
  const { pending, params, disclosed } = context;
  // What they revealed in this reply is their answer; a second, stock one could contradict it.
  if (!pending.asked || context.party !== "debtor" || !context.identity.confirmed || disclosedNow.length > 0) return [];
  const moneyAnswered = acts.some((act) => MONEY_ANSWERS.has(act.kind));
  const answeredNow = (topic: TTopic) => params.disclosures.some((fact) => disclosedNow.includes(fact.id) && fact.topics.includes(topic));
  const topic = pending.topics.find((each) => !answeredNow(each) && !(each === "payment_capacity" && moneyAnswered));
  if (!topic) return [];
  // Someone in crisis asked whether they are safe answers as they are, not with "I told you".
  if (topic === "health" && context.mustStop.status !== "none" && params.mustStop?.crisis) return [{ kind: "answer", topic, way: "shaken" }];
  const facts = params.disclosures.filter((fact) => fact.topics.includes(topic));
  if (facts.length === 0) return [{ kind: "answer", topic, way: "plain" }];
  const untold = facts.filter((fact) => !disclosed.includes(fact.id) && !disclosedNow.includes(fact.id));
  // "I told you already" is no answer to "are you safe?" once the customer is in crisis or disputing.
  if (untold.length === 0) return context.mustStop.status === "active" ? [] : [{ kind: "answer", topic, way: "told" }];
  const covered = untold.find((fact) => fact.hasCover);
  return [covered ? { kind: "answer", topic, way: "cover", factId: covered.id } : { kind: "answer", topic, way: "dodge" }];
}
