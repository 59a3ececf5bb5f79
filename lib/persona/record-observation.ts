import type { TPendingTurn } from "./persona-context";
import type { TObservation } from "./persona-events";

const union = <T>(a: readonly T[], b: readonly T[]) => [...new Set([...a, ...b])];

/** Adds one observation of the trainee's turn to what the customer will react to at `turn.end`. */
export function recordObservation(pending: TPendingTurn, event: TObservation): TPendingTurn {
  switch (event.type) {
    case "agent.identified":
      return { ...pending, identified: { name: pending.identified.name || event.name, organisation: pending.identified.organisation || event.organisation } };
    case "agent.asked_identity":
      return { ...pending, askedIdentity: true };
    case "agent.asked_for_name":
      // Their own name in any form is an identity check; someone else's asks nothing of them ("Is this Frank Russo?").
      return event.answersTo ? { ...pending, askedIdentity: true, otherName: false } : { ...pending, askedIdentity: false, otherName: true };
    case "agent.asked_for_debtor":
      return { ...pending, askedForDebtor: true };
    case "agent.mentioned_debt":
      return { ...pending, mentionedDebt: true, listenerMayHear: event.listenerMayHear };
    case "agent.asked_third_party_to_pay":
      return { ...pending, askedThirdPartyToPay: true };
    case "agent.demanded_contacts":
      return { ...pending, demandedContacts: true };
    case "agent.threatened":
      return { ...pending, threats: union(pending.threats, event.kinds) };
    case "agent.deceived":
      return { ...pending, deceptions: union(pending.deceptions, event.kinds) };
    case "agent.abused":
      return { ...pending, abuse: pending.abuse + event.count };
    case "agent.pressed":
      return {
        ...pending,
        lumpSum: pending.lumpSum || event.lumpSum,
        pushed: pending.pushed || (event.pushed ?? false),
        borrowOrSell: pending.borrowOrSell || event.borrowOrSell,
        ignoredMustStop: pending.ignoredMustStop || event.ignoredMustStop,
      };
    case "agent.apologised":
      return { ...pending, apology: event.owned || pending.apology === "owned" ? "owned" : "bare", amends: pending.amends || event.amends };
    case "agent.reassured":
      return { ...pending, reassured: true };
    case "agent.empathised":
      return { ...pending, empathy: Math.min(3, pending.empathy + event.points) };
    case "agent.asked":
      return { ...pending, asked: true, askedOpen: pending.askedOpen || event.open === true, topics: union(pending.topics, event.topics) };
    case "agent.named_amount":
      return { ...pending, namedAmount: event.amount };
    case "agent.stated_amount":
      return { ...pending, statedAmount: event.amount, statedDate: event.date ?? null };
    case "agent.informed":
      return {
        ...pending,
        accurate: pending.accurate + event.accurate,
        inaccurate: pending.inaccurate + event.inaccurate,
        consequences: pending.consequences + event.consequences,
      };
    case "agent.offered":
      return { ...pending, options: [...pending.options, ...event.options] };
    case "agent.requested_payment":
      return {
        ...pending,
        request: {
          amount: event.amount ?? pending.request?.amount ?? null,
          date: event.date ?? pending.request?.date ?? null,
          monthly: (event.monthly ?? false) || (pending.request?.monthly ?? false),
        },
      };
    case "agent.responded_to_stop": {
      const was = pending.stopResponse;
      return {
        ...pending,
        stopResponse: {
          acknowledged: was.acknowledged || event.acknowledged,
          explainedRoute: was.explainedRoute || event.explainedRoute,
          paused: was.paused || event.paused,
        },
      };
    }
    case "agent.requested_callback":
      return { ...pending, callbackRequested: true };
    case "agent.said_goodbye":
      return { ...pending, saidGoodbye: true };
    case "agent.asked_about":
      return {
        ...pending,
        askedAbout: union(pending.askedAbout, event.factIds),
        leanedOn: union(pending.leanedOn, event.leaning ?? []),
        askedArrangement: pending.askedArrangement || event.arrangement === true,
        askedWhen: pending.askedWhen || event.when === true,
        askedOffer: pending.askedOffer || event.offer === true,
        askedAnythingElse: pending.askedAnythingElse || event.anythingElse === true,
        askedAffordable: pending.askedAffordable || event.affordable === true,
      };
  }
}
