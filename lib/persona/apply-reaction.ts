import { answerToQuestion, leadFact, MONEY_ANSWERS, topicsAnswered } from "./answer-question";
import { chooseCommitment, ownDate } from "./choose-commitment";
import { chooseSaying } from "./choose-saying";
import type { TCustomerAct, TMood } from "./customer-decision-schema";
import { emptyPending, type TPersonaContext } from "./persona-context";
import { apologisedAfter, moneyPutToThem, productive, repeatedAsk, settleTurn, stopHandlingHeard, type TSettled } from "./settle-turn";

/** Each way a customer can answer a turn; the machine's transitions name one, this file does it. */
export const REACTIONS = [
  "complain",
  "hang_up",
  "third_party_refuses",
  "pass_phone",
  "debtor_unavailable",
  "take_message",
  "ask_who",
  "wrong_person",
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

/**
 * Reactions in which the customer is talking about themselves and may let a hidden fact out; at a
 * stop moment too, asked about it (the receipt of the disputed purchase, who is helping them).
 */
const OPEN_REACTIONS: ReadonlySet<TReaction> = new Set(["open_up", "negotiate", "surface_stop", "listen", "callback", "settled_ack", "stop_waiting", "stop_handled"]);

function newlyDisclosed(context: TPersonaContext, settled: TSettled): string[] {
  const { pending, params, disclosed } = context;
  // Asked for money, most tell why they cannot pay that much; the ashamed answer only the sum.
  const talksMoney = moneyPutToThem(pending) && !params.profile.toldOnlyWhenAsked;
  // A fact the question names in its own words comes first ("the store number on the receipt").
  // …then, among the facts on the topic asked, the one the question shares words with ("is the crisis team in touch?").
  const rank = (list: readonly string[], id: string) => list.indexOf(id) + 1 || list.length + 1;
  const askedRank = (id: string) => rank(pending.askedAbout, id) * 100 + rank(pending.leanedOn, id);
  // Asked again about something already told, they say that again rather than something else on the topic.
  const lead = leadFact(context);
  // A fact on the topic asked: "what do you earn?" beside "how are things at work?" is about pay, not a story about a mate at work.
  const asked = topicsAnswered(context);
  const askedAgain = lead !== undefined && disclosed.includes(lead);
  // "现在方便聊聊您的情况吗?" asks about nothing in particular: they tell what weighs on them most, the first thing they would tell.
  const howAreThings = pending.asked && asked.length > 0 && asked.every((topic) => topic === "situation");
  const told = params.disclosures
    .filter((fact) => !disclosed.includes(fact.id) && settled.trust >= fact.minTrust)
    .filter((fact) => !askedAgain || pending.askedAbout.includes(fact.id))
    .filter(
      (fact) =>
        fact.topics.some((topic) => asked.includes(topic)) ||
        (fact.topics.includes("payment_capacity") && talksMoney) ||
        (pending.asked && (pending.askedAbout.includes(fact.id) || fact.id === lead)),
    )
    .sort((a, b) => askedRank(a.id) - askedRank(b.id))
    .map((fact) => fact.id);
  if (howAreThings && told.length === 0) {
    const first = params.disclosures.find((fact) => !disclosed.includes(fact.id) && settled.trust >= fact.minTrust);
    return first ? [first.id] : [];
  }
  // Asked about one thing ("When does your Universal Credit get paid?"), they tell that, not the rest of the topic.
  const answered = told.filter((id) => id === lead || pending.askedAbout.includes(id));
  // Two things at a time, as people tell them; the rest comes out when asked again.
  return (answered.length > 0 ? answered : told).slice(0, 2);
}

/** What misconduct in this turn the customer calls out; a lie only when they understand enough to see it. */
function challenges(context: TPersonaContext): TCustomerAct[] {
  const { pending } = context;
  const acts: TCustomerAct[] = [];
  if (pending.abuse > 0) acts.push({ kind: "challenge", about: "abuse" });
  if (pending.threats.length > 0) acts.push({ kind: "challenge", about: "threat" });
  // A figure far from the case ("you're up over seven thousand now") is heard as a lie by one who knows the account.
  if ((pending.deceptions.length > 0 || pending.inaccurate > 0) && context.understanding >= 0.5) acts.push({ kind: "challenge", about: "deception" });
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

/**
 * A threat or a lie the customer does not see through frightens rather than angers them: the
 * misinformed, the timid and the guilty believe the court papers and the prison talk.
 */
const frightened = (context: TPersonaContext) =>
  context.party === "debtor" && context.understanding < 0.5 && (context.pending.threats.length > 0 || context.pending.deceptions.length > 0 || context.pending.inaccurate > 0);

const REACTIONS_TO_MISCONDUCT = new Set<TCustomerAct["kind"]>(["challenge", "fear", "vent", "complain", "hang_up"]);
const CALM_MOODS = new Set<TMood>(["neutral", "calmer", "relieved"]);

/**
 * Misconduct never passes unremarked, whatever else the reply carries: fear from one who believes
 * it, a challenge from one who sees it for what it is, pushback to being told to borrow or to hand
 * the debt to the family.
 */
function misconductNoticed(context: TPersonaContext, decided: readonly TCustomerAct[]): TCustomerAct[] {
  const { pending } = context;
  if (context.party !== "debtor" || decided.some((act) => REACTIONS_TO_MISCONDUCT.has(act.kind))) return [];
  if (frightened(context)) return [{ kind: "fear" }];
  const challenged = challenges(context);
  if (challenged.length > 0) return challenged;
  // The pushback fits the push: "borrow to pay this?" to borrowing, "my family owes you nothing" to relatives asked to pay.
  if (pending.borrowOrSell) return [{ kind: "challenge", about: "borrowing" }];
  if (pending.askedThirdPartyToPay) return [{ kind: "challenge", about: "family_pay" }];
  return pending.lumpSum || pending.pushed ? [{ kind: "challenge", about: "pressure" }] : [];
}

function moodOf(context: TPersonaContext, settled: TSettled, reaction: TReaction): TMood {
  if (reaction === "complain" || reaction === "hang_up" || settled.anger >= context.params.profile.ventAnger) return "angry";
  if (frightened(context)) return "scared";
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
    case "promise": {
      const counter = choice.planCounter;
      return {
        acts: [
          ...explained,
          { kind: "agree_payment", amount: choice.amount, date: choice.date, again: sameTerms(context, choice.amount, choice.date, null) },
          ...(counter ? [{ kind: "counter_plan", monthly: counter.amount, date: counter.date } as const] : []),
        ],
        context: {
          commitment: { amount: choice.amount, date: choice.date, months: null, firstPayment: null },
          offer: counter ? { amount: counter.amount, date: counter.date, monthly: true } : null,
        },
      };
    }
    case "plan": {
      const first = choice.firstPayment ?? null;
      const again = sameTerms(context, choice.monthly, choice.date, choice.months, choice.months === null);
      // The first payment is the one agreed before, whether beside a plan or as a promise on its own ("15号先还500", then the plan).
      const firstAgain =
        (context.commitment?.firstPayment?.amount === first?.amount && context.commitment?.firstPayment?.date === first?.date) ||
        (first !== null && sameTerms(context, first.amount, first.date, null));
      // The first payment said with the plan, as agreed; a plan agreed before keeps its first payment when only the plan is named again.
      const keptFirst = first ?? (again ? (context.commitment?.firstPayment ?? null) : null);
      return {
        acts: [
          ...explained,
          ...(first ? [{ kind: "agree_payment", amount: first.amount, date: first.date, again: firstAgain } as const] : []),
          { kind: "agree_plan", months: choice.months, monthly: choice.monthly, date: choice.date, again },
        ],
        context: {
          commitment: {
            amount: choice.monthly,
            date: choice.date,
            months: choice.months,
            firstPayment: keptFirst,
            ...(choice.months === null ? { openLength: true as const } : {}),
          },
          offer: null,
        },
      };
    }
    case "counter": {
      const act: TCustomerAct = choice.monthly
        ? { kind: "counter_plan", monthly: choice.amount, date: choice.date }
        : { kind: "counter_offer", amount: choice.amount, date: choice.date, ...(sumPut(context.pending) ? {} : { unasked: true as const }) };
      return { acts: [...explained, act], context: { offer: { amount: choice.amount, date: choice.date, monthly: choice.monthly } } };
    }
    case "hedge":
      return { acts: [...explained, { kind: "ask_time" }] };
    case "ask_terms":
      return { acts: [...explained, { kind: "ask_back", about: "options" }] };
    case "decline":
      return { acts: [...challenges(context), ...explained, { kind: "decline", why: choice.why }] };
  }
}

function change(context: TPersonaContext, settled: TSettled, reaction: TReaction, explained: TCustomerAct[]): TChange {
  const mustStop = context.params.mustStop;
  // Once said, the customer reminds rather than telling the whole story again.
  const stopAct: TCustomerAct[] = mustStop ? [{ kind: "must_stop", mustStop: mustStop.kind, again: context.mustStop.status !== "hidden" }] : [];
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
    case "wrong_person":
      // Asked for someone else, they have answered no identity check: the next "is this Rosa?" is asked afresh.
      return { acts: [...challenges(context), { kind: "wrong_person" }], context: { identity: context.identity } };
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
      return {
        acts: [
          ...challenges(context),
          ...explained,
          { kind: "vent", about: context.pending.request || context.pending.lumpSum ? "money" : settled.violation ? "treatment" : "calls" },
        ],
      };
    case "open_up":
      return {
        acts: [...(explained.length > 0 ? explained : [{ kind: "hint_reason" } as const]), ...wantsToPay(context, settled), ...questionsBack(context, settled)],
      };
    case "listen": {
      // Asked again who they are (the ID digits after a "yes, speaking"), they answer again.
      const reconfirm: TCustomerAct[] = context.pending.askedIdentity && context.identity.confirmed ? [{ kind: "confirm_identity" }] : [];
      const acts = [...challenges(context), ...reconfirm, ...explained, ...wantsToPay(context, settled), ...questionsBack(context, settled)];
      return { acts: acts.length > 0 ? acts : [{ kind: "acknowledge" }] };
    }
    case "stop_pressed":
      return {
        // Pressed with a question ("how are you managing for money?"), they say the moment again; only terms put are refused.
        acts: [...challenges(context), ...stopAct, ...(termsPut(context.pending) ? [{ kind: "decline", why: "unwilling" } as const] : [])],
        context: { mustStop: { ...context.mustStop, status: "active", pressedAfter: context.mustStop.pressedAfter + 1 } },
      };
    case "stop_handled":
      return {
        // A security check said gently ("…your date of birth? Take your time.") is answered with the detail, not "I'll call when I can".
        acts: [...explained, ...(context.pending.askedIdentity ? [] : [{ kind: "agree_callback", shaken: context.params.mustStop?.kind === "vulnerability" } as const])],
        context: { mustStop: { ...context.mustStop, status: "handled" } },
      };
    case "stop_waiting": {
      // Anything that moves the call on gets an answer; only a turn that does nothing brings the reminder.
      const heard = stopHandlingHeard(context);
      const engaged = productive(context.pending);
      // Terms put to them ("分24期,每个月800元,您看行吗?") get no "好的。" that sounds like a yes: not now, or not with what they have.
      const { money } = context.params;
      const notNow: TCustomerAct = { kind: "decline", why: money.canPayToday <= 0 && money.canPayMonthly <= 0 ? "cannot_pay" : "unwilling" };
      const terms = termsPut(context.pending);
      const reply: TCustomerAct[] = terms ? [notNow] : engaged ? [{ kind: "acknowledge" }] : stopAct;
      return {
        // What they told is the answer: no "I'm listening." after it.
        acts: [...challenges(context), ...explained, ...(explained.length > 0 && !terms ? [] : reply)],
        context: { mustStop: { ...context.mustStop, heard } },
      };
    }
    case "withdraw":
      return { acts: [...challenges(context), { kind: "vent", about: "treatment" }, { kind: "decline", why: "angry" }], context: { commitment: null } };
    case "settled_ack":
      // Help offered once the stop moment was met (a hold, debt advice, "a smaller amount later, when you're ready")
      // is taken as help: relief, thanks, no figure; not a bare "Mm-hm.".
      if (context.mustStop.status === "handled" && helpOffered(context.pending))
        return { acts: [...explained, { kind: "agree_callback", shaken: context.params.mustStop?.kind === "vulnerability" }] };
      // New terms after a yes are answered as terms: the agreement is what was last agreed, as said.
      // Asked to confirm, they confirm; told how to pay or what comes next, they just take it in.
      // At a stop moment that was met (a pause, a call-back), "later, a smaller amount" is taken in, not negotiated.
      return chooseCommitment(context, settled) && context.mustStop.status !== "handled" && context.mustStop.status !== "active"
        ? negotiate(context, settled, explained)
        : { acts: [...explained, ...(asksAboutTerms(context) ? commitmentActs(context) : context.pending.askedAffordable ? [] : [{ kind: "acknowledge" } as const])] };
  }
}

/** A sum put to them: asked for, named or stated, or a plan's figures. "Could you pay something this week?" puts none. */
const sumPut = (pending: TPersonaContext["pending"]) =>
  pending.request?.amount != null ||
  pending.namedAmount !== null ||
  pending.statedAmount !== null ||
  pending.options.some((option) => option.monthly !== null || option.months !== null);

/** Something to say yes or no to: a sum, any request to pay, a lump sum, borrowing. */
const termsPut = (pending: TPersonaContext["pending"]) => pending.request !== null || pending.lumpSum || pending.borrowOrSell || sumPut(pending);

/** A next step offered with nothing asked and no figure put: a pause, a route to free advice, an option for later. */
const helpOffered = (pending: TPersonaContext["pending"]) =>
  !pending.asked &&
  pending.request === null &&
  (pending.stopResponse.paused ||
    pending.stopResponse.explainedRoute ||
    (pending.options.length > 0 && pending.options.every((option) => option.monthly === null && option.months === null)));

/** A question with no topic ("好吗?", "is that right?") or about paying is about the terms; "any other cards?" is not, nor "is that too much for you?" (answered by whether it fits). */
const asksAboutTerms = ({ pending }: TPersonaContext) =>
  pending.asked && !pending.askedAffordable && !pending.askedWhen && pending.topics.every((topic) => topic === "payment_capacity");

/** Once committed, a question about it is answered with the commitment again (a plan with its first payment), so a summary gets a yes. */
function commitmentActs({ commitment }: TPersonaContext): TCustomerAct[] {
  if (!commitment) return [{ kind: "acknowledge" }];
  if (commitment.months !== null || commitment.openLength === true) {
    const first = commitment.firstPayment;
    return [
      ...(first ? [{ kind: "agree_payment", amount: first.amount, date: first.date, again: true } as const] : []),
      { kind: "agree_plan", months: commitment.months, monthly: commitment.amount, date: commitment.date, again: true },
    ];
  }
  return [commitment.amount === null ? { kind: "acknowledge" } : { kind: "agree_payment", amount: commitment.amount, date: commitment.date, again: true }];
}

/** Whether these terms are the ones already agreed (a summary read back in other words). */
function sameTerms({ commitment }: TPersonaContext, amount: number | null, date: string, months: number | null, openLength = false): boolean {
  // A one-off promise and a plan left open both have no length: which one was agreed tells them apart.
  return commitment !== null && commitment.amount === amount && commitment.date === date && commitment.months === months && (commitment.openLength === true) === openLength;
}

/** Reactions in which the cardholder, already known to the caller, is still talking with them. */
const TALKING = new Set<TReaction>(["surface_stop", "stop_handled", "stop_waiting", "settled_ack", "open_up", "negotiate", "callback", "vent"]);

/**
 * Asked again who they are (the date of birth and postcode after "yes, that's me"), at a stop moment or
 * after a yes as much as anywhere, they give it first, whatever else they say: a security check is no
 * question to answer with "I'll call when I can" or "it's the same as always".
 */
function withIdentityAnswered(context: TPersonaContext, reaction: TReaction, acts: TCustomerAct[]): TCustomerAct[] {
  const { pending, identity, party } = context;
  if (!pending.askedIdentity || !identity.confirmed || party !== "debtor" || !TALKING.has(reaction)) return acts;
  if (acts.some((act) => act.kind === "confirm_identity" || act.kind === "hang_up")) return acts;
  return [{ kind: "confirm_identity" }, ...acts.filter((act) => act.kind !== "acknowledge")];
}

/** Reactions that end the call or hand it over: nothing else is said after them. */
const CLOSING = new Set<TCustomerAct["kind"]>(["hang_up", "complain", "pass_phone", "take_message"]);

/** Adds the answer to the question asked and a saying in character, before any closing act; a bare "go on" gives way to them. */
function withAnswerAndSaying(context: TPersonaContext, disclosedNow: readonly string[], acts: readonly TCustomerAct[]): TCustomerAct[] {
  // "Wrong number" is the whole answer: a line of their own ("Yes, yes, that's me") would take it back.
  if (acts.some((act) => act.kind === "wrong_person")) return [...acts];
  const moneyAnswered = acts.some((act) => MONEY_ANSWERS.has(act.kind));
  const answer = answerToQuestion(context, disclosedNow, acts);
  const onlyListening = acts.every((act) => act.kind === "acknowledge");
  const confirming = acts.some((act) => act.kind === "confirm_identity");
  const refusing = acts.some((act) => act.kind === "decline" || act.kind === "counter_offer" || act.kind === "counter_plan");
  const extra = [...answer, ...chooseSaying(context, moneyAnswered, answer.length === 0 && onlyListening, confirming, refusing)];
  // A bare "go on" is said alone: after what they tell ("…又不是我造成的。嗯。") it is a stray word.
  const spoken = extra.length === 0 && onlyListening ? acts : acts.filter((act) => act.kind !== "acknowledge");
  if (extra.length === 0) return [...spoken];
  // An offer is taken up first ("Yes, please, that would help."), before whatever else they tell.
  const takesOffer = extra.some((act) => act.kind === "go_along" && act.about === "offer");
  if (takesOffer) return [...extra.filter((act) => act.kind === "go_along"), ...spoken, ...extra.filter((act) => act.kind !== "go_along")];
  const closingAt = spoken.findIndex((act) => CLOSING.has(act.kind));
  return closingAt < 0 ? [...spoken, ...extra] : [...spoken.slice(0, closingAt), ...extra, ...spoken.slice(closingAt)];
}

/**
 * A day nobody named, for a customer with no payday of their own, is the machine's placeholder ("a few days on"):
 * they agree to the sum or the plan and name no day, rather than invent "从12月10号开始".
 */
function withUnsaidDays({ params }: TPersonaContext, acts: TCustomerAct[]): TCustomerAct[] {
  const { payday, asOf } = params.money;
  if (payday !== null) return acts;
  const placeholder = ownDate(asOf, null);
  return acts.map((act) => ("date" in act && act.date === placeholder ? { ...act, dayUnsaid: true } : act));
}

/** Acts that leave nothing open, so a caller's goodbye can be answered with one. */
const NOTHING_OPEN = new Set<TCustomerAct["kind"]>(["acknowledge", "agree_callback"]);
/** Said back before a goodbye: the terms of a summary, a refusal, a dispute or stop already told. */
const SAID_BEFORE_GOODBYE = new Set<TCustomerAct["kind"]>(["agree_payment", "agree_plan", "decline"]);
const leavesNothingOpen = (act: TCustomerAct) => NOTHING_OPEN.has(act.kind) || SAID_BEFORE_GOODBYE.has(act.kind) || (act.kind === "must_stop" && act.again);

/**
 * "再见" with nothing asked: the customer says goodbye instead of "go on", after the terms when the
 * goodbye came with a summary ("So that's $100 a month from January 5th. Thanks, bye.").
 */
function saysGoodbyeBack(context: TPersonaContext, acts: readonly TCustomerAct[]): TCustomerAct[] | undefined {
  if (!context.pending.saidGoodbye || context.pending.asked || !acts.every(leavesNothingOpen)) return undefined;
  return [...acts.filter((act) => act.kind !== "acknowledge"), { kind: "goodbye" }];
}

/** What the customer keeps of the trainee's asks: the latest one, whether it got a yes, and how often it came back unchanged. */
function askMemory(context: TPersonaContext, acts: readonly TCustomerAct[]): Pick<TPersonaContext, "lastAsk" | "nagged"> {
  const { pending } = context;
  const repeated = repeatedAsk(context);
  const asked = pending.request !== null || pending.namedAmount !== null;
  const answered = acts.some((act) => act.kind === "agree_payment" || act.kind === "agree_plan");
  return {
    lastAsk: asked ? { amount: pending.request?.amount ?? pending.namedAmount, answered } : context.lastAsk,
    nagged: repeated ? context.nagged + 1 : asked ? 0 : context.nagged,
  };
}

function identityAfter(context: TPersonaContext): TPersonaContext["identity"] {
  const { identified, askedIdentity } = context.pending;
  return {
    ...context.identity,
    callerIdentified: context.identity.callerIdentified || (identified.name && identified.organisation),
    asked: context.identity.asked || askedIdentity,
  };
}

/**
 * The customer's reaction to the pending turn: moods settle, the chosen reaction's facts change
 * (commitment, disclosures, who is on the line, the must-stop state) and the reply is decided.
 */
export function applyReaction(context: TPersonaContext, reaction: TReaction): TPersonaContext {
  const settled = settleTurn(context);
  // Venting, asked what happened, is telling it: the grievance comes out angry, but it comes out.
  const opens = OPEN_REACTIONS.has(reaction) || (reaction === "vent" && context.pending.asked && !settled.violation);
  const disclosedNow = opens && context.identity.confirmed && context.party === "debtor" ? newlyDisclosed(context, settled) : [];
  const explained: TCustomerAct[] = disclosedNow.length > 0 ? [{ kind: "explain", factIds: disclosedNow }] : [];
  const { acts: changedActs, context: changed } = change(context, settled, reaction, explained);
  const decided = withIdentityAnswered(context, reaction, changedActs);
  const noticed = misconductNoticed(context, decided);
  const acts = withUnsaidDays(context, saysGoodbyeBack(context, [...noticed, ...decided]) ?? withAnswerAndSaying(context, disclosedNow, [...noticed, ...decided]));
  const saying = acts.find((act) => act.kind === "saying");
  const mood = moodOf(context, settled, reaction);
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
    apologised: apologisedAfter(context),
    saidSayings: saying ? [...context.saidSayings, saying.index] : context.saidSayings,
    lastSayingTurn: saying ? context.turn : context.lastSayingTurn,
    ...askMemory(context, acts),
    turn: context.turn + 1,
    ...changed,
    pending: emptyPending(),
    reply: { party: speaker, acts, mood: noticed.length > 0 && CALM_MOODS.has(mood) ? "upset" : mood },
  };
}
