import type { TTopic } from "../scenarios/hidden-schema";
import type { TCustomerAct } from "./customer-decision-schema";
import type { TPersonaContext } from "./persona-context";

/**
 * The topics a question is answered on: "How are things at work, and what do you earn?" asks about pay,
 * so "how are things" (the situation in general) gives way to the income and job asked beside it.
 */
export function topicsAnswered({ pending }: Pick<TPersonaContext, "pending">): TTopic[] {
  const specific = pending.topics.filter((topic) => topic !== "situation");
  return specific.length > 0 ? specific : [...pending.topics];
}

/**
 * The fact the question is most about: one it names, else, of the facts on a topic it asks about,
 * the one it shares most words with ("Is the crisis team in touch?" is about the crisis team); a
 * question on no topic the scorer knows, the fact it shares most words with ("How long were you in
 * hospital for?").
 */
export function leadFact(context: TPersonaContext): string | undefined {
  const { pending, params } = context;
  if (!pending.asked) return undefined;
  const topics = topicsAnswered(context);
  // An identity check shares words with nothing the customer would tell.
  if (pending.askedIdentity && pending.topics.length === 0 && pending.askedAbout.length === 0) return undefined;
  const onTopicAsked = (id: string) => params.disclosures.some((fact) => fact.id === id && fact.topics.some((topic) => topics.includes(topic)));
  return pending.askedAbout[0] ?? (topics.length === 0 ? pending.leanedOn[0] : pending.leanedOn.find(onTopicAsked));
}

/** Acts beside which an offer is still taken up: listening, telling, relief. */
const TAKE_AN_OFFER_WITH = new Set<TCustomerAct["kind"]>(["acknowledge", "explain", "saying", "agree_callback", "want_to_pay", "hint_reason"]);

/** Acts in which the money question of the turn already has its answer. */
export const MONEY_ANSWERS = new Set<TCustomerAct["kind"]>(["agree_payment", "agree_plan", "counter_offer", "counter_plan", "decline", "ask_time"]);

/**
 * The answer to the question the trainee asked, when no fact they revealed in this reply answers it:
 * a topic they have nothing hidden about gets an ordinary answer, one they have told already a
 * reference back, and one they do not yet trust the caller with the scenario's cover story or a dodge.
 */
export function answerToQuestion(context: TPersonaContext, disclosedNow: readonly string[], acts: readonly TCustomerAct[]): TCustomerAct[] {
  const { pending, params, disclosed } = context;
  if (!pending.asked || context.party !== "debtor" || !context.identity.confirmed) return [];
  // "Would you like their number?": yes, please, beside whatever they tell, unless money is asked for or named or they push back.
  if (pending.askedOffer && pending.request === null && pending.namedAmount === null && acts.every((act) => TAKE_AN_OFFER_WITH.has(act.kind)))
    return [{ kind: "go_along", about: "offer" }];
  // "晚上几点方便?", "What day works best?": a time of their own, whatever else the question leans on.
  if (pending.askedWhen && !acts.some((act) => act.kind === "goodbye" || act.kind === "hang_up")) return [{ kind: "go_along", about: "when" }];
  // What they revealed in this reply is their answer; a second, stock one could contradict it.
  if (disclosedNow.length > 0) return [];
  // A crisis or a grief told in this reply ("I've started hurting myself again…") is the answer to what was asked: no
  // "I'd need to check" after it, nor "身体?还行吧,凑合" after "我要是哪天没了…".
  if (acts.some((act) => act.kind === "must_stop" && act.mustStop === "vulnerability" && !act.again)) return [];
  // "这个数会不会太紧?" after terms were agreed: whether they fit what the customer really has, not a stock reply.
  if (pending.askedAffordable && context.commitment !== null && !acts.some((act) => MONEY_ANSWERS.has(act.kind)))
    return [{ kind: "go_along", about: fitsTheirMeans(context) ? "fits" : "stretched" }];
  // "还有别的问题吗?" closing the call, even after a summary that touches a topic: no, that's all (after any terms said back).
  if (pending.askedAnythingElse && !acts.some((act) => act.kind === "goodbye" || act.kind === "hang_up")) return [{ kind: "go_along", about: "nothing_else" }];
  const moneyAnswered = acts.some((act) => MONEY_ANSWERS.has(act.kind));
  const answeredNow = (topic: TTopic) => params.disclosures.some((fact) => disclosedNow.includes(fact.id) && fact.topics.includes(topic));
  // A question that names something they told ("what was the store number on that receipt?") gets it again.
  const lead = leadFact(context);
  const namedTold = params.disclosures.find((fact) => fact.id === lead && disclosed.includes(fact.id));
  // A crisis the customer has told of: still open (active) or met with a pause (handled).
  const crisisTold = params.mustStop?.crisis === true && (context.mustStop.status === "active" || context.mustStop.status === "handled");
  const inCrisis = crisisTold && context.mustStop.status === "active";
  // Someone in crisis says it again plainly; nobody gives a cover story for what they have already told.
  if (namedTold && !(moneyAnswered && namedTold.topics.includes("payment_capacity")))
    return [{ kind: "answer", topic: namedTold.topics[0]!, way: inCrisis ? "retold" : "told", factId: namedTold.id }];
  // A question on no topic the scorer knows that leads to a fact they do not yet trust the caller with
  // ("那截图能发给我看看吗?"): the scenario's cover story for it ("我真的还了,截图都发给你们了呀"), or a dodge.
  const leadUntold = params.disclosures.find((fact) => fact.id === lead && !disclosed.includes(fact.id));
  if (leadUntold && pending.topics.length === 0 && !inCrisis && !moneyAnswered)
    return [
      leadUntold.hasCover ? { kind: "answer", topic: leadUntold.topics[0]!, way: "cover", factId: leadUntold.id } : { kind: "answer", topic: leadUntold.topics[0]!, way: "dodge" },
    ];
  // The most specific topic asked answers best: "how much was the TV you returned?" is about the dispute, not what they can pay.
  const topic = topicsAnswered(context)
    .reverse()
    .find((each) => !answeredNow(each) && !(each === "payment_capacity" && moneyAnswered));
  if (!topic) {
    const onlyListening = acts.every((act) => act.kind === "acknowledge");
    // Terms put as a question ("so the six thousand goes out Friday, right?") are answered by the money acts, or not at all: never "that's fine".
    const termsOnTheTable = pending.request !== null || pending.namedAmount !== null || pending.options.length > 0;
    if (pending.topics.length > 0 || termsOnTheTable || !onlyListening) return [];
    // Someone in crisis ("is there someone who could be with you tonight?") answers as they are, not with "whatever works".
    return [
      crisisTold && !pending.askedArrangement ? { kind: "answer", topic: "health", way: "shaken" } : { kind: "go_along", about: pending.askedArrangement ? "closed" : "open" },
    ];
  }
  // Someone in crisis asked whether they are safe answers as they are, not with "I told you".
  if (topic === "health" && crisisTold) return [{ kind: "answer", topic, way: "shaken" }];
  const facts = params.disclosures.filter((fact) => fact.topics.includes(topic));
  // "How are things?" after they told what is wrong is answered with that, never "nothing special".
  const toldBefore = params.disclosures.find((fact) => disclosed.includes(fact.id));
  const stopTold = context.mustStop.status === "active" || context.mustStop.status === "handled";
  if (topic === "situation" && (toldBefore || stopTold)) return [{ kind: "answer", topic, way: inCrisis ? "retold" : "told", ...(toldBefore ? { factId: toldBefore.id } : {}) }];
  if (facts.length === 0) return [{ kind: "answer", topic, way: "plain" }];
  const untold = facts.filter((fact) => !disclosed.includes(fact.id) && !disclosedNow.includes(fact.id));
  // Asked again, they say it again after a pointer back ("like I said, March 9th at ValuMart"); someone in
  // crisis says it plainly, without "I told you", or nothing when nothing of their own is on the topic.
  const ownFact = facts.find((fact) => fact.topics[0] === topic)?.id;
  // "Would $130 a month be doable on your hours?" is answered by the figure they give: no "I told you already" after it.
  if (untold.length === 0 && moneyAnswered) return [];
  if (untold.length === 0)
    return inCrisis ? (ownFact ? [{ kind: "answer", topic, way: "retold", factId: ownFact }] : []) : [{ kind: "answer", topic, way: "told", factId: ownFact }];
  const covered = untold.find((fact) => fact.hasCover);
  return [covered ? { kind: "answer", topic, way: "cover", factId: covered.id } : { kind: "answer", topic, way: "dodge" }];
}

/** The terms agreed against what they can really pay: each month for a plan, on the day for a promise. */
function fitsTheirMeans({ commitment, params }: TPersonaContext): boolean {
  if (!commitment || commitment.amount === null) return true;
  const isPlan = commitment.months !== null || commitment.openLength === true;
  return commitment.amount <= (isPlan ? params.money.canPayMonthly : params.money.canPayToday);
}
