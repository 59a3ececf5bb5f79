import { z } from "zod";
import { ZDeceptionKind, ZOptionKind, ZThreatKind } from "../scoring/turn-analysis-schema";
import { ZTopic } from "../scenarios/hidden-schema";

/**
 * Everything that can change a customer: observations of one trainee turn (from the scorer's
 * analysis, see toPersonaEvents), `turn.end` which makes the customer react to them, and the
 * trainee hanging up. Nothing else reaches the machine, in particular nothing a role-player writes:
 * an LLM voice cannot agree, disclose or end the call because no event lets it.
 */
export const ZOfferedOption = z.object({
  kind: ZOptionKind,
  withinPolicy: z.boolean().nullable(),
  months: z.number().nullable(),
  monthly: z.number().nullable().describe("Instalments: the monthly amount the trainee named"),
  starts: z.string().nullable().optional().describe("Instalments: when the monthly payments start, as the trainee said it (下个月15号, from the 18th)"),
});

const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) => z.object({ type: z.literal(type), ...shape });

export const ZPersonaEvent = z.discriminatedUnion("type", [
  event("agent.identified", {
    name: z.boolean(),
    organisation: z.boolean().describe("Named the agency or the creditor"),
  }),
  event("agent.asked_identity", {}),
  event("agent.asked_for_debtor", {}),
  event("agent.asked_for_name", {
    answersTo: z.boolean().describe("The name asked for is the listener's own in some natural form (Rosa, Ms Delgado, 周女士), not someone else's"),
  }),
  event("agent.mentioned_debt", { listenerMayHear: z.boolean().describe("The listener counts as the consumer under the rule set") }),
  event("agent.asked_third_party_to_pay", {}),
  event("agent.demanded_contacts", {}),
  event("agent.threatened", { kinds: z.array(ZThreatKind).min(1) }),
  event("agent.deceived", { kinds: z.array(ZDeceptionKind).min(1) }),
  event("agent.abused", { count: z.number().int().positive() }),
  event("agent.pressed", {
    lumpSum: z.boolean(),
    borrowOrSell: z.boolean(),
    ignoredMustStop: z.boolean(),
    pushed: z.boolean().optional().describe("Pressed otherwise: a near deadline, more than they said they can afford, hardship brushed aside, pay first and dispute later"),
  }),
  event("agent.reassured", {}),
  event("agent.apologised", {
    owned: z.boolean().describe("A fault of the caller's side owned (我们做得不对, 'our mistake'); false: a bare 'sorry'"),
    amends: z.boolean().describe("A concrete change promised with it: 以后只打您本人手机, 'we will only call your mobile'"),
  }),
  event("agent.empathised", { points: z.number().min(0).max(3).describe("weak 0.5, strong 1, per mechanism") }),
  event("agent.asked", {
    topics: z.array(ZTopic).describe("Empty when the question's topic is not one the customer's facts are filed under"),
    open: z.boolean().optional().describe("An open question (what, how, why) rather than yes-or-no or a choice"),
  }),
  event("agent.named_amount", { amount: z.number().describe("A bare figure put as a question: 那3000呢?") }),
  event("agent.stated_amount", {
    amount: z.number().describe('A payment figure said, not asked: "I\'ll note $500 on Friday"'),
    date: z.string().nullable().optional().describe("The day said with it, as said"),
  }),
  event("agent.informed", {
    accurate: z.number().int().min(0),
    inaccurate: z.number().int().min(0),
    consequences: z.number().int().min(0).default(0).describe("Of the accurate facts, those about consequences: credit record, legal steps"),
  }),
  event("agent.offered", {
    options: z.array(ZOfferedOption).min(1),
  }),
  event("agent.requested_payment", {
    amount: z.number().nullable(),
    date: z.string().nullable(),
    monthly: z.boolean().optional().describe("An open question about what they could pay each month"),
  }),
  event("agent.responded_to_stop", { acknowledged: z.boolean(), explainedRoute: z.boolean(), paused: z.boolean() }),
  event("agent.requested_callback", {}),
  event("agent.said_goodbye", {}),
  event("agent.asked_about", {
    factIds: z.array(z.string()).describe("Hidden facts the question names in their own words, most named first"),
    leaning: z.array(z.string()).optional().describe("Hidden facts the question shares a subject word with, most first: which of the facts on a topic it is about"),
    arrangement: z.boolean().optional().describe("The question is about the call's arrangements (a time, a channel, whether it makes sense), not about the customer"),
    when: z.boolean().optional().describe("The question asks for a time or a day (to call back, to talk)"),
    offer: z.boolean().optional().describe("The question offers the customer something (a number, a letter, to do something for them)"),
    anythingElse: z.boolean().optional().describe("The collector's closing question: is there anything else"),
    affordable: z.boolean().optional().describe("The collector checks that the terms will not leave the customer short"),
  }),
  event("turn.end", {}),
  event("call.ended_by_agent", {}),
]);
export type TPersonaEvent = z.infer<typeof ZPersonaEvent>;
export type TObservation = Exclude<TPersonaEvent, { type: "turn.end" | "call.ended_by_agent" }>;
export type TOfferedOption = z.infer<typeof ZOfferedOption>;
