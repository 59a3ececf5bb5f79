import { assign, setup } from "xstate";
import { applyReaction, type TReaction } from "./apply-reaction";
import { initialContext, type TPersonaContext } from "./persona-context";
import type { TObservation, TPersonaEvent } from "./persona-events";
import { personaGuards, type TPersonaGuard } from "./persona-guards";
import type { TPersonaParams } from "./persona-params";
import { recordObservation } from "./record-observation";

/**
 * Bump when states, context or reactions change in a way an old snapshot cannot follow; stored
 * with every snapshot so a call saved by an older machine is refused instead of misread.
 */
export const MACHINE_VERSION = 2;

const react = (reaction: TReaction) => ({ type: "react" as const, params: { reaction } });
const when = (guard: TPersonaGuard, target: string | undefined, reaction: TReaction) => ({ guard, target, actions: react(reaction) });
const otherwise = (reaction: TReaction, target?: string) => ({ target, actions: react(reaction) });

/** First in every live phase: misconduct past the customer's limits ends the call. */
const EXITS = [when("complains", "complaint", "complain"), when("hangsUp", "hung_up", "hang_up")];

/** Talking with the cardholder: the same order of concerns in every conversational phase. */
const converse = (fallbackTarget?: string) => [
  ...EXITS,
  when("mustStopSurfaces", "must_stop", "surface_stop"),
  when("commits", "committed", "negotiate"),
  when("somethingOnTheTable", "negotiating", "negotiate"),
  when("acceptsCallback", "callback_agreed", "callback"),
  when("vents", "venting", "vent"),
  when("opensUp", "explaining", "open_up"),
  otherwise("listen", fallbackTarget),
];

const OBSERVATION_TYPES: TObservation["type"][] = [
  "agent.identified",
  "agent.asked_identity",
  "agent.asked_for_debtor",
  "agent.asked_for_name",
  "agent.mentioned_debt",
  "agent.asked_third_party_to_pay",
  "agent.demanded_contacts",
  "agent.threatened",
  "agent.deceived",
  "agent.abused",
  "agent.pressed",
  "agent.reassured",
  "agent.apologised",
  "agent.empathised",
  "agent.asked",
  "agent.named_amount",
  "agent.stated_amount",
  "agent.informed",
  "agent.offered",
  "agent.requested_payment",
  "agent.responded_to_stop",
  "agent.requested_callback",
  "agent.said_goodbye",
  "agent.asked_about",
];
const OBSERVE = Object.fromEntries(OBSERVATION_TYPES.map((type) => [type, { actions: "observe" as const }]));

/**
 * A phase in which the call is still going: it takes observations, and the trainee hanging up ends
 * it without agreement unless the phase says otherwise. Final states get none of this, so they stay final.
 */
const live = <T extends object>(on: T) => ({ ...OBSERVE, "call.ended_by_agent": "no_agreement", ...on });

/**
 * One customer, any archetype: parameters (TPersonaParams) and shared guards make the difference.
 * Observation events collect what the trainee did; `turn.end` makes the customer react once, with
 * the whole turn in view. The final states are the outcomes of interfaces.md §3.
 */
export const personaMachine = setup({
  types: {
    context: {} as TPersonaContext,
    events: {} as TPersonaEvent,
    input: {} as TPersonaParams,
  },
  actions: {
    observe: assign(({ context, event }) => ({ pending: recordObservation(context.pending, event as TObservation) })),
    react: assign(({ context }, params: { reaction: TReaction }) => applyReaction(context, params.reaction)),
  },
  guards: personaGuards,
}).createMachine({
  id: "persona",
  context: ({ input }) => initialContext(input),
  initial: "ringing",
  states: {
    ringing: {
      always: [{ guard: "answeredByThirdParty", target: "third_party" }, { target: "identity_check" }],
    },
    third_party: {
      on: live({
        "turn.end": [
          ...EXITS,
          when("disclosedToThirdParty", "hung_up", "third_party_refuses"),
          when("askedForSomeoneElse", undefined, "wrong_person"),
          when("passesPhone", "identity_check", "pass_phone"),
          when("takesMessage", "callback", "take_message"),
          when("askedForDebtor", undefined, "debtor_unavailable"),
          otherwise("ask_who"),
        ],
      }),
    },
    identity_check: {
      on: live({
        "turn.end": [
          ...EXITS,
          when("askedForSomeoneElse", undefined, "wrong_person"),
          when("confirmsIntoMustStop", "must_stop", "confirm_and_stop"),
          when("confirms", "guarded", "confirm"),
          when("askedIdentity", undefined, "challenge_identity"),
          otherwise("ask_who"),
        ],
      }),
    },
    guarded: { on: live({ "turn.end": converse() }) },
    venting: { on: live({ "turn.end": converse("guarded") }) },
    explaining: { on: live({ "turn.end": converse() }) },
    negotiating: { on: live({ "turn.end": converse() }) },
    must_stop: {
      on: live({
        "turn.end": [...EXITS, when("pressedAfterStop", undefined, "stop_pressed"), when("respondedToStop", "callback_agreed", "stop_handled"), otherwise("stop_waiting")],
      }),
    },
    committed: {
      on: live({
        "turn.end": [...EXITS, when("withdraws", "venting", "withdraw"), otherwise("settled_ack")],
        "call.ended_by_agent": [{ guard: "isPlan", target: "plan_agreed" }, { target: "promise_to_pay" }],
      }),
    },
    callback_agreed: {
      on: live({
        "turn.end": [...EXITS, when("pressedAfterStop", "must_stop", "stop_pressed"), when("commits", "committed", "negotiate"), otherwise("settled_ack")],
        "call.ended_by_agent": "callback",
      }),
    },
    hung_up: { type: "final" },
    complaint: { type: "final" },
    promise_to_pay: { type: "final" },
    plan_agreed: { type: "final" },
    callback: { type: "final" },
    no_agreement: { type: "final" },
  },
});

export type TPersonaMachine = typeof personaMachine;
export const FINAL_PHASES = ["hung_up", "complaint", "promise_to_pay", "plan_agreed", "callback", "no_agreement"] as const;
