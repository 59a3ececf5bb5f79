import type { TPendingTurn, TPersonaContext } from "./persona-context";

/** The customer's state after reacting to the pending turn, before any phase change. */
export type TSettled = {
  trust: number;
  anger: number;
  understanding: number;
  willingness: number;
  patienceLeft: number;
  /** Anything that breaks the rules happened in this turn. */
  violation: boolean;
  /** The debt reached someone who must not hear of it, or was threatened to. */
  exposure: boolean;
  /** Pressed for payment after a must-stop moment came out. */
  pressedAfterStop: boolean;
};

const clamp = (value: number) => Math.min(1, Math.max(0, value));

export const disclosedToThirdParty = (context: TPersonaContext) =>
  (context.party === "third_party" && context.pending.mentionedDebt && !context.pending.listenerMayHear) || context.pending.askedThirdPartyToPay;

export const pressedAfterStop = ({ mustStop, pending }: TPersonaContext) =>
  (mustStop.status === "active" || mustStop.status === "handled") &&
  (pending.request !== null || pending.lumpSum || pending.borrowOrSell || pending.ignoredMustStop || pending.threats.length > 0);

/**
 * A figure or a plan put to them is money talk; "the policy allows a plan of up to twelve months", or
 * "you could ask the court to let you pay in instalments", said as information with nothing asked, is not.
 */
export const moneyPutToThem = (pending: TPendingTurn) =>
  pending.request !== null || pending.namedAmount !== null || pending.options.some((option) => option.monthly !== null) || (pending.options.length > 0 && pending.asked);

export const offersWithinPolicy = (pending: TPendingTurn) => pending.options.some((option) => option.withinPolicy !== false);

/** The must-stop handling heard so far, this turn included: care said once and a next step (a route, a pause, a call-back) said once. */
export function stopHandlingHeard({ mustStop, pending }: TPersonaContext): { acknowledged: boolean; nextStep: boolean } {
  const { stopResponse } = pending;
  return {
    acknowledged: mustStop.heard.acknowledged || stopResponse.acknowledged || pending.empathy >= 0.5,
    nextStep: mustStop.heard.nextStep || stopResponse.explainedRoute || stopResponse.paused || pending.callbackRequested,
  };
}

/** Asking again for what was not agreed, with nothing new: no other figure, option, question or care. */
export function repeatedAsk({ pending, lastAsk }: TPersonaContext): boolean {
  if (lastAsk === null || lastAsk.answered || (pending.request === null && pending.namedAmount === null)) return false;
  const amount = pending.request?.amount ?? pending.namedAmount;
  const sameTerms = amount === null || amount === lastAsk.amount;
  const nothingElse = pending.options.length === 0 && pending.empathy === 0 && pending.topics.every((topic) => topic === "payment_capacity") && !pending.callbackRequested;
  return sameTerms && nothingElse;
}

/** The turn moved the call on: a question ("does that make sense?" too), care, facts, an offer, or the steps of a proper call. */
export function productive(pending: TPendingTurn): boolean {
  const { identified, stopResponse } = pending;
  return (
    pending.empathy > 0 ||
    pending.asked ||
    pending.topics.length > 0 ||
    pending.accurate > 0 ||
    pending.options.length > 0 ||
    pending.request !== null ||
    identified.name ||
    identified.organisation ||
    pending.askedIdentity ||
    pending.callbackRequested ||
    pending.reassured ||
    stopResponse.acknowledged ||
    stopResponse.explainedRoute ||
    stopResponse.paused
  );
}

const APOLOGY_RANK = { none: 0, bare: 1, owned: 2, amended: 3 } as const;
type TApologised = keyof typeof APOLOGY_RANK;

/** What this turn's apology is worth: a fault owned with a change promised, a fault owned, a first "sorry", or nothing new. */
function apologyNow({ pending, apologised }: TPersonaContext): TApologised {
  if (pending.apology === "none") return "none";
  // "以后只打您本人手机,不会再联系您单位": the change may be said as a promise or as a reassurance.
  const said: TApologised = pending.apology === "bare" ? "bare" : pending.amends || pending.reassured ? "amended" : "owned";
  return APOLOGY_RANK[said] > APOLOGY_RANK[apologised] ? said : "none";
}

/** The most the caller's apologies have done once this turn is heard. */
export function apologisedAfter(context: TPersonaContext): TApologised {
  const now = apologyNow(context);
  return APOLOGY_RANK[now] > APOLOGY_RANK[context.apologised] ? now : context.apologised;
}

/**
 * How one trainee turn moves trust, anger, understanding, willingness and patience. Pure, so the
 * guards can ask "what would they feel after this turn" before the machine commits to a phase.
 * Volatility scales every move; misconduct outweighs warmth said in the same breath.
 */
export function settleTurn(context: TPersonaContext): TSettled {
  const { pending: p, params } = context;
  const profile = params.profile;
  const swing = 0.5 + params.traits.volatility;
  const exposureThreat = p.threats.includes("exposure");
  const thirdParty = disclosedToThirdParty(context);
  const pressedStop = pressedAfterStop(context);
  const pressure = p.lumpSum || p.borrowOrSell || p.pushed || pressedStop;
  // The better they understand, the more lies they see through.
  const seenThrough = 0.5 + context.understanding;

  const angerUp =
    swing *
    (profile.abuse * Math.min(p.abuse, 2) +
      (p.threats.length > 0 ? profile.threat : 0) +
      (p.deceptions.length > 0 ? profile.deception * seenThrough : 0) +
      (thirdParty ? profile.thirdParty : 0) +
      // Asking for relatives' numbers tells the customer their family is next; less than telling them.
      (p.demandedContacts ? 0.5 * profile.thirdParty : 0) +
      (pressure ? profile.pressure : 0));
  const violation = angerUp > 0;
  const trustDown =
    swing *
    ((p.abuse > 0 ? 0.25 : 0) +
      (p.threats.length > 0 ? 0.2 : 0) +
      (p.deceptions.length > 0 ? 0.15 * seenThrough : 0) +
      (thirdParty ? 0.3 : 0) +
      (p.demandedContacts ? 0.15 : 0) +
      (pressure ? 0.1 : 0) +
      (p.inaccurate > 0 ? 0.05 : 0));

  // One sincere apology with a concrete change calms; a "sorry" said again, with nothing to it, buys nothing.
  const apology = violation ? "none" : apologyNow(context);
  const sorryAgain = p.apology === "bare" && context.apologised !== "none";
  const care = sorryAgain ? 0 : violation ? p.empathy * 0.25 : p.empathy;
  const introducedNow = p.identified.name && p.identified.organisation && !context.identity.callerIdentified;
  // A bare "sorry" is no acknowledgement of what they raised: it is worth its care, once, and no more.
  const stopAcknowledged = p.stopResponse.acknowledged && !pressedStop && p.apology !== "bare";
  const apologyCalm = apology === "amended" ? 2.5 * profile.calm : apology === "owned" ? profile.calm : 0;
  const trustUp =
    swing *
    (care * profile.empathy +
      (introducedNow ? profile.identification : 0) +
      (p.reassured ? 0.04 : 0) +
      (p.topics.length > 0 ? 0.03 : 0) +
      (p.accurate > 0 ? 0.03 : 0) +
      (offersWithinPolicy(p) ? 0.04 : 0) +
      (stopAcknowledged ? 0.05 : 0) +
      (apology === "amended" ? 0.1 : apology === "owned" ? 0.03 : 0));
  const angerDown = care * profile.calm + (p.reassured ? 0.04 : 0) + (stopAcknowledged ? 0.05 : 0) + apologyCalm;
  const understandingMove = profile.explanation * Math.min(p.accurate, 2) - 0.05 * p.inaccurate;

  const trust = clamp(context.trust + trustUp - trustDown);
  const understanding = clamp(context.understanding + understandingMove);
  const willingness = clamp(
    context.willingness +
      0.5 * (trustUp - trustDown) +
      profile.willingnessFromUnderstanding * Math.max(0, understandingMove) +
      (offersWithinPolicy(p) ? 0.05 : 0) -
      (pressure ? 0.1 : 0),
  );
  // The first "so when will you pay?" is fair; each one after that wears the customer down.
  const nagging = repeatedAsk(context) && context.nagged >= 1;
  const cost = (productive(p) && !nagging && !sorryAgain ? 0 : 1) + (violation ? 1 : 0);

  return {
    trust,
    anger: clamp(context.anger + angerUp - angerDown + (nagging ? 0.06 * swing * context.nagged : 0)),
    understanding,
    willingness,
    patienceLeft: context.patienceLeft - cost,
    violation,
    exposure: thirdParty || exposureThreat,
    pressedAfterStop: pressedStop,
  };
}
