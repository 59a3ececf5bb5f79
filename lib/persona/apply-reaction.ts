import { chooseCommitment } from "./choose-commitment";
import type { TCustomerAct, TMood } from "./customer-decision-schema";
import { emptyPending, type TPersonaContext } from "./persona-context";
import { settleTurn, type TSettled } from "./settle-turn";

/** Each way a customer can answer a turn; the machine's transitions name one, this file does it. */
export const REACTIONS = [
  "complain",
  "hang_up",
  "third_party_refuses",
  "pass_phone",
  "debtor_unavailable",
  "take_message",
  "ask_who",
  "confirm",
  "confirm_and_stop",
  "challenge_identity",
  "surface_stop",
  "negotiate",
  "callback",
  "vent",
  "open_up",
  "listen",
  "stop_pressed",
  "stop_handled",
  "stop_waiting",
  "withdraw",
  "settled_ack",
] as const;
export type TReaction = (typeof REACTIONS)[number];

/** Reactions in which the customer is talking about themselves and may let a hidden fact out. */
const OPEN_REACTIONS: ReadonlySet<TReaction> = new Set(["open_up", "negotiate", "surface_stop", "listen", "callback", "settled_ack"]);

function newlyDisclosed(context: TPersonaContext, settled: TSettled): string[] {
  const { pending, params, disclosed } = context;
  const talksMoney = pending.request !== null || pending.options.length > 0;
  return params.disclosures
    .filter((fact) => !disclosed.includes(fact.id) && settled.trust >= fact.minTrust)
    .filter((fact) => pending.topics.includes(fact.topic) || (fact.topic === "payment_capacity" && talksMoney))
    .map((fact) => fact.id);
}

/** What misconduct in this turn the customer calls out; a lie only when they understand enough to see it. */
function challenges(context: TPersonaContext): TCustomerAct[] {
  const { pending } = context;
  const acts: TCustomerAct[] = [];
  if (pending.abuse > 0) acts.push({ kind: "challenge", about: "abuse" });
  if (pending.threats.length > 0) acts.push({ kind: "challenge", about: "threat" });
  if (pending.deceptions.length > 0 && context.understanding >= 0.5) acts.push({ kind: "challenge", about: "deception" });
  if (pending.demandedContacts) acts.push({ kind: "challenge", about: "contacts" });
  return acts.slice(0, 2);
}

/** A customer who does not understand the account asks about it when the money comes up. */
function questionsBack(context: TPersonaContext, settled: TSettled): TCustomerAct[] {
  const { pending, params } = context;
  const moneyTalk = pending.mentionedDebt || pending.accurate > 0 || pending.request !== null;
  if (params.core !== "confused" || settled.understanding >= 0.5 || !moneyTalk) return [];
  return [{ kind: "ask_back", about: params.archetype === "misinformed" ? "consequences" : "balance" }];
}

function moodOf(context: TPersonaContext, settled: TSettled, reaction: TReaction): TMood {
  if (reaction === "complain" || reaction === "hang_up" || settled.anger >= context.params.profile.ventAnger) return "angry";
  if (reaction === "surface_stop" || reaction === "confirm_and_stop") return context.params.mustStop?.kind === "vulnerability" ? "distressed" : "upset";
  if (context.commitment === null && reaction === "negotiate" && ["promise", "plan"].includes(chooseCommitment(context, settled)?.kind ?? "")) return "relieved";
  if (settled.anger >= 0.35) return "upset";
  if (settled.trust > context.trust && settled.anger <= context.anger) return "calmer";
  return settled.trust < 0.3 ? "wary" : "neutral";
}

/**
 * Treated well, a willing customer says they want to pay before any figure is on the table; it is
 * also what tells the scorer that talking about payment is welcome again after hardship came up.
 */
function wantsToPay(context: TPersonaContext, settled: TSettled): TCustomerAct[] {
  const { profile } = context.params;
  const treatedWell = context.pending.empathy > 0 && !settled.violation;
  const willing = settled.willingness >= profile.commitWillingness && settled.trust >= profile.commitTrust;
  // Said once; again only to a trainee who just backed off ("no rush today"), to say they need not.
  const fresh = (!context.saidWantsToPay || context.pending.stopResponse.paused) && context.commitment === null && context.mustStop.status !== "active";
  return treatedWell && willing && fresh ? [{ kind: "want_to_pay" }] : [];
}

type TChange = { acts: TCustomerAct[]; context?: Partial<TPersonaContext> };

function negotiate(context: TPersonaContext, settled: TSettled, explained: TCustomerAct[]): TChange {
  const choice = chooseCommitment(context, settled);
  if (!choice) return { acts: [...explained, { kind: "acknowledge" }] };
  switch (choice.kind) {
    case "promise":
      return {
        acts: [...explained, { kind: "agree_payment", amount: choice.amount, date: choice.date }],
        context: { commitment: { amount: choice.amount, date: choice.date, months: null }, offer: null },
      };
    case "plan":
      return {
        acts: [...explained, { kind: "agree_plan", months: choice.months, monthly: choice.monthly, date: choice.date }],
        context: { commitment: { amount: choice.monthly, date: choice.date, months: choice.months }, offer: null },
      };
    case "counter":
      return { acts: [...explained, { kind: "counter_offer", amount: choice.amount, date: choice.date }], context: { offer: { amount: choice.amount, date: choice.date } } };
    case "hedge":
      return { acts: [...explained, { kind: "ask_time" }] };
    case "decline":
      return { acts: [...challenges(context), ...explained, { kind: "decline", why: choice.why }] };
  }
}

function change(context: TPersonaContext, settled: TSettled, reaction: TReaction, explained: TCustomerAct[]): TChange {
  const mustStop = context.params.mustStop;
  const stopAct: TCustomerAct[] = mustStop ? [{ kind: "must_stop", mustStop: mustStop.kind }] : [];
  switch (reaction) {
    case "complain":
      return { acts: [...challenges(context), { kind: "complain" }, { kind: "hang_up" }] };
    case "hang_up":
      return { acts: [...challenges(context), { kind: "hang_up" }] };
    case "third_party_refuses":
      return { acts: [{ kind: "refuse", why: "disclosed" }, { kind: "hang_up" }] };
    case "pass_phone":
      return { acts: [{ kind: "pass_phone" }], context: { party: "debtor" } };
    case "debtor_unavailable": {
      const why = context.params.answeredBy.passesPhone === "never" ? "away" : "busy";
      return { acts: [{ kind: "debtor_unavailable", why }], context: { askedForDebtor: context.askedForDebtor + 1 } };
    }
    case "take_message":
      return { acts: [{ kind: "take_message" }, { kind: "hang_up" }] };
    case "ask_who":
      return { acts: [...challenges(context), { kind: "ask_who" }] };
    case "confirm":
      return { acts: [{ kind: "confirm_identity" }, ...questionsBack(context, settled)], context: { identity: { ...identityAfter(context), confirmed: true } } };
    case "confirm_and_stop":
      return {
        acts: [{ kind: "confirm_identity" }, ...stopAct],
        context: { identity: { ...identityAfter(context), confirmed: true }, mustStop: { ...context.mustStop, status: "active" } },
      };
    case "challenge_identity":
      return { acts: [{ kind: "challenge", about: "caller_identity" }] };
    case "surface_stop":
      return { acts: [...explained, ...stopAct], context: { mustStop: { ...context.mustStop, status: "active" } } };
    case "negotiate":
      return negotiate(context, settled, explained);
    case "callback":
      return { acts: [...explained, { kind: "agree_callback" }] };
    case "vent":
      return { acts: [...challenges(context), { kind: "vent", about: context.pending.request || context.pending.lumpSum ? "money" : settled.violation ? "treatment" : "calls" }] };
    case "open_up":
      return {
        acts: [...(explained.length > 0 ? explained : [{ kind: "hint_reason" } as const]), ...wantsToPay(context, settled), ...questionsBack(context, settled)],
      };
    case "listen": {
      const acts = [...challenges(context), ...explained, ...wantsToPay(context, settled), ...questionsBack(context, settled)];
      return { acts: acts.length > 0 ? acts : [{ kind: "acknowledge" }] };
    }
    case "stop_pressed":
      return {
        acts: [...challenges(context), ...stopAct, { kind: "decline", why: "unwilling" }],
        context: { mustStop: { status: "active", pressedAfter: context.mustStop.pressedAfter + 1 } },
      };
    case "stop_handled":
      return { acts: [{ kind: "agree_callback" }], context: { mustStop: { ...context.mustStop, status: "handled" } } };
    case "stop_waiting":
      return { acts: [...challenges(context), ...stopAct] };
    case "withdraw":
      return { acts: [...challenges(context), { kind: "vent", about: "treatment" }, { kind: "decline", why: "angry" }], context: { commitment: null } };
    case "settled_ack":
      return { acts: [...explained, commitmentAct(context)] };
  }
}

/** Once committed, the customer answers with the commitment again, so a summary gets a yes. */
function commitmentAct({ commitment }: TPersonaContext): TCustomerAct {
  if (!commitment) return { kind: "acknowledge" };
  if (commitment.months === null) return { kind: "agree_payment", amount: commitment.amount, date: commitment.date };
  return { kind: "agree_plan", months: commitment.months, monthly: commitment.amount, date: commitment.date };
}

function identityAfter(context: TPersonaContext): TPersonaContext["identity"] {
  const { identified } = context.pending;
  return { ...context.identity, callerIdentified: context.identity.callerIdentified || (identified.name && identified.organisation) };
}

/**
 * The customer's reaction to the pending turn: moods settle, the chosen reaction's facts change
 * (commitment, disclosures, who is on the line, the must-stop state) and the reply is decided.
 */
export function applyReaction(context: TPersonaContext, reaction: TReaction): TPersonaContext {
  const settled = settleTurn(context);
  const disclosedNow = OPEN_REACTIONS.has(reaction) && context.identity.confirmed && context.party === "debtor" ? newlyDisclosed(context, settled) : [];
  const explained: TCustomerAct[] = disclosedNow.length > 0 ? [{ kind: "explain", factIds: disclosedNow }] : [];
  const { acts, context: changed } = change(context, settled, reaction, explained);
  const speaker = context.party;
  return {
    ...context,
    trust: settled.trust,
    anger: settled.anger,
    understanding: settled.understanding,
    willingness: settled.willingness,
    patienceLeft: settled.patienceLeft,
    identity: identityAfter(context),
    disclosed: [...context.disclosed, ...disclosedNow],
    saidWantsToPay: context.saidWantsToPay || acts.some((act) => act.kind === "want_to_pay"),
    turn: context.turn + 1,
    ...changed,
    pending: emptyPending(),
    reply: { party: speaker, acts, mood: moodOf(context, settled, reaction) },
  };
}
