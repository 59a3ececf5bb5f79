import { z } from "zod";
import { ZTopic } from "../scenarios/hidden-schema";
import { ZMustStopKind } from "./must-stop-kind";

/**
 * What the customer's next words must carry. The persona machine picks the acts; a role-player
 * (offline or LLM) only puts them into words, and the output guard holds the LLM to them: no
 * agreement, amount, date or hidden fact that is not in an act.
 */
const act = <T extends string, S extends z.ZodRawShape>(kind: T, shape: S, description: string) => z.object({ kind: z.literal(kind), ...shape }).describe(description);

/** Set when the same terms were already agreed: the customer confirms rather than stating them anew. */
const AGAIN = z.boolean().optional().describe("The same terms were already agreed: a short confirmation, not the terms anew");

/** Set when nobody named a day and the customer has no payday of their own: the date is only a placeholder. */
const DAY_UNSAID = z.literal(true).optional().describe("No day was named and they have no payday: say no day (the date is a placeholder)");

export const ZCustomerAct = z.discriminatedUnion("kind", [
  act("greet", {}, "Picks up: hello, who is it"),
  act("ask_who", {}, "Asks who is calling and what it is about"),
  act("confirm_identity", {}, "Confirms they are the cardholder"),
  act("wrong_person", {}, "Asked for someone else by name: says that is not them, the caller has the wrong number, and asks who they want"),
  act("pass_phone", {}, "Third party: fetches the cardholder to the phone"),
  act("debtor_unavailable", { why: z.enum(["busy", "away"]) }, "Third party: the cardholder cannot come now"),
  act("take_message", {}, "Third party: will pass on the call-back request"),
  act("refuse", { why: z.enum(["disclosed", "rude"]) }, "Third party: refuses to help further"),
  act("vent", { about: z.enum(["calls", "treatment", "money"]) }, "Lets off steam"),
  act("hint_reason", {}, "Says in general terms that things are hard, without the hidden details"),
  act("want_to_pay", {}, "Says they do want to pay, without a figure or a date"),
  act("explain", { factIds: z.array(z.string()).min(1) }, "Reveals these hidden facts (now disclosed)"),
  act(
    "answer",
    {
      topic: ZTopic,
      way: z.enum(["cover", "dodge", "plain", "told", "retold", "shaken"]),
      factId: z.string().optional().describe("With cover: the fact whose cover story is told; with told: the fact said again"),
    },
    "Answers the question asked on this topic without revealing a hidden fact: cover (the scenario's dodge or lie), dodge (avoids it), plain (nothing hidden there: an ordinary answer), told (already said it, said again after a pointer back), retold (said again plainly, by someone in crisis), shaken (in crisis, asked how they are or whether they are safe: unsure, no details)",
  ),
  act("saying", { index: z.number().int().min(0) }, "Says this one of the persona's own sayings"),
  act("ask_back", { about: z.enum(["purpose", "balance", "consequences", "options"]) }, "Asks a question back about what they do not understand"),
  act(
    "challenge",
    { about: z.enum(["caller_identity", "threat", "deception", "abuse", "disclosure", "contacts", "pressure", "borrowing", "family_pay"]) },
    "Challenges the caller: pressure (a lump sum, a deadline, more than they have), borrowing (told to borrow or sell to pay), family_pay (relatives asked to pay)",
  ),
  act("agree_payment", { amount: z.number(), date: z.string(), again: AGAIN, dayUnsaid: DAY_UNSAID }, "Agrees to pay this amount by this date"),
  act(
    "agree_plan",
    {
      months: z.number().int().nullable().describe("null: agreed by its monthly figure, the length left open (never worked out from the balance)"),
      monthly: z.number().nullable().describe("null: agreed by length, no monthly figure was named"),
      date: z.string(),
      again: AGAIN,
      dayUnsaid: DAY_UNSAID,
    },
    "Agrees to a plan of this many monthly payments",
  ),
  act(
    "counter_offer",
    {
      amount: z.number(),
      date: z.string(),
      dayUnsaid: DAY_UNSAID,
      unasked: z.literal(true).optional().describe("No sum was put to them: their own figure, not 'that is more than I have'"),
    },
    "Says what they could pay instead",
  ),
  act("counter_plan", { monthly: z.number(), date: z.string(), dayUnsaid: DAY_UNSAID }, "Says what they could pay each month instead"),
  act("ask_time", {}, "Asks for time to think or to talk to family"),
  act("decline", { why: z.enum(["no_trust", "angry", "unwilling", "over_capacity", "cannot_pay"]) }, "Does not agree to what was asked"),
  act(
    "must_stop",
    { mustStop: ZMustStopKind, again: z.boolean().describe("Already said: a short reminder, not the whole story again") },
    "Raises the must-stop moment of the scenario (its words)",
  ),
  act(
    "agree_callback",
    { shaken: z.boolean().optional().describe("Someone in crisis or grief taking the pause: relief, not paperwork") },
    "Accepts a pause or a call-back and the next step",
  ),
  act("acknowledge", {}, "Short neutral reply: listening, go on"),
  act(
    "go_along",
    { about: z.enum(["closed", "open", "when", "offer", "nothing_else", "fits", "stretched"]) },
    "Answers a question about nothing they keep to themselves: closed (whether a time or a step suits, whether it makes sense) goes along with it; when, a time of their own when asked for one; open, a short vague answer; offer, a yes, please; nothing_else, no, that's all; asked whether the terms agreed will leave them short, fits (tight but they can keep it up) or stretched (honestly more than they can keep up)",
  ),
  act("fear", {}, "Is frightened by what the caller claimed and asks what will happen to them"),
  act("complain", {}, "Says they will complain to the bank or the regulator"),
  act("hang_up", {}, "Ends the call"),
  act("goodbye", {}, "Says goodbye back to a caller who is closing the call"),
]);
export type TCustomerAct = z.infer<typeof ZCustomerAct>;
export type TActKind = TCustomerAct["kind"];

export const ZMood = z.enum(["neutral", "wary", "upset", "angry", "calmer", "relieved", "distressed", "scared"]);
export type TMood = z.infer<typeof ZMood>;

/** The machine's part of a decision, kept in its context so a restored snapshot decides the same. */
export const ZCustomerReply = z.object({
  party: z.enum(["debtor", "third_party"]).describe("Who speaks the reply: a third party who passes the phone still says the words"),
  acts: z.array(ZCustomerAct).min(1),
  mood: ZMood,
});
export type TCustomerReply = z.infer<typeof ZCustomerReply>;

export const ZOutcome = z.enum(["promise_to_pay", "plan_agreed", "callback", "hung_up", "complaint", "no_agreement"]);
export type TOutcome = z.infer<typeof ZOutcome>;

export const ZCustomerDecision = ZCustomerReply.extend({
  phase: z.string().describe("The machine's state after the trainee's turn"),
  disclosed: z.array(z.string()).describe("Every hidden fact the customer may mention by now"),
  outcome: ZOutcome.nullable(),
  ended: z.boolean(),
});
export type TCustomerDecision = z.infer<typeof ZCustomerDecision>;
