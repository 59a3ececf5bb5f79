import { z } from "zod";
import { ZTopic } from "../scenarios/hidden-schema";
import { ZDeceptionKind, ZThreatKind } from "../scoring/turn-analysis-schema";
import { ZCustomerReply } from "./customer-decision-schema";
import { ZOfferedOption } from "./persona-events";
import { ZPersonaParams, type TPersonaParams } from "./persona-params";

/** What the trainee did in the turn being played; `turn.end` reacts to it and clears it. */
export const ZPendingTurn = z.object({
  identified: z.object({ name: z.boolean(), organisation: z.boolean() }),
  askedIdentity: z.boolean(),
  askedForDebtor: z.boolean().default(false).describe("Asked whoever answered for the cardholder: 他在家吗?, could he come to the phone?"),
  // Defaulted so snapshots stored before the field existed still restore.
  otherName: z.boolean().default(false).describe("Asked only for someone else by name ('Is this Frank Russo?' to Rosa Delgado)"),
  mentionedDebt: z.boolean(),
  listenerMayHear: z.boolean(),
  askedThirdPartyToPay: z.boolean(),
  // Defaulted so snapshots stored before the field existed still restore.
  demandedContacts: z.boolean().default(false),
  threats: z.array(ZThreatKind),
  deceptions: z.array(ZDeceptionKind),
  abuse: z.number(),
  lumpSum: z.boolean(),
  // Defaulted so snapshots stored before the field existed still restore.
  pushed: z.boolean().default(false).describe("Pressed by a deadline, past their means, by brushing hardship aside, or to pay before a dispute is checked"),
  borrowOrSell: z.boolean(),
  ignoredMustStop: z.boolean(),
  reassured: z.boolean(),
  // Defaulted so snapshots stored before the fields existed still restore.
  apology: z.enum(["none", "bare", "owned"]).default("none").describe("A fault owned in this turn, or a bare 'sorry'"),
  amends: z.boolean().default(false).describe("A concrete change promised in this turn: how contact will happen, what is put right"),
  empathy: z.number(),
  topics: z.array(ZTopic),
  asked: z.boolean().describe("The turn put a question to the customer"),
  askedOpen: z.boolean().default(false).describe("One of its questions was open"),
  namedAmount: z.number().nullable(),
  statedAmount: z.number().nullable().default(null).describe("A payment figure the trainee said as a statement (a summary), not a question"),
  statedDate: z.string().nullable().default(null).describe("The day said with the stated figure"),
  accurate: z.number(),
  inaccurate: z.number(),
  consequences: z.number().default(0),
  options: z.array(ZOfferedOption),
  request: z
    .object({
      amount: z.number().nullable(),
      date: z.string().nullable(),
      // Defaulted so snapshots stored before the field existed still restore.
      monthly: z.boolean().default(false).describe("An open question about a monthly figure: answered with what they could pay each month"),
    })
    .nullable(),
  stopResponse: z.object({ acknowledged: z.boolean(), explainedRoute: z.boolean(), paused: z.boolean() }),
  callbackRequested: z.boolean(),
  saidGoodbye: z.boolean().default(false),
  askedAbout: z.array(z.string()).default([]).describe("Hidden facts the question names in their own words"),
  leanedOn: z.array(z.string()).default([]).describe("Hidden facts the question shares a word with: which fact on the topic asked it is about"),
  askedArrangement: z.boolean().default(false).describe("The question was about the call's arrangements, not about the customer"),
  askedWhen: z.boolean().default(false).describe("The question asked for a time or a day"),
  askedOffer: z.boolean().default(false).describe("The question offered the customer something"),
  askedAnythingElse: z.boolean().default(false).describe("The collector asked whether there was anything else"),
  askedAffordable: z.boolean().default(false).describe("The collector checked that the terms will not leave the customer short"),
});
export type TPendingTurn = z.infer<typeof ZPendingTurn>;

export const ZCommitment = z.object({
  amount: z.number().nullable().describe("First payment, or the monthly amount of a plan; null when a plan was agreed by its length only"),
  date: z.string().describe("When the (first) payment is due, as the trainee said it or ISO"),
  months: z.number().int().nullable().describe("Plan length; null for a one-off promise"),
  // Defaulted so snapshots stored before the field existed still restore.
  firstPayment: z
    .object({ amount: z.number(), date: z.string() })
    .nullable()
    .default(null)
    .describe("A plan's first payment agreed with it ('500 today, then 800 a month'), kept beside the plan, not in its place"),
  openLength: z.literal(true).optional().describe("A plan agreed by its monthly figure alone ('500 a month from the 10th'): months stays null, no length is worked out for it"),
});
export type TCommitment = z.infer<typeof ZCommitment>;

export const ZPersonaContext = z.object({
  params: ZPersonaParams,
  trust: z.number(),
  anger: z.number(),
  understanding: z.number(),
  willingness: z.number(),
  capacity: z.number(),
  party: z.enum(["debtor", "third_party"]).describe("Who is on the line now"),
  identity: z.object({ callerIdentified: z.boolean(), confirmed: z.boolean(), asked: z.boolean().describe("The caller has asked them to confirm who they are") }),
  askedForDebtor: z.number().int().describe("Times a third party was asked for the debtor"),
  disclosed: z.array(z.string()).describe("Ids of hidden facts already revealed"),
  mustStop: z.object({
    status: z.enum(["none", "hidden", "active", "handled"]),
    pressedAfter: z.number().int(),
    heard: z
      .object({ acknowledged: z.boolean(), nextStep: z.boolean() })
      .describe("What the trainee has done about the moment so far, over any number of turns: handling need not fit in one sentence"),
  }),
  turn: z.number().int().describe("Trainee turns reacted to"),
  patienceLeft: z.number(),
  saidWantsToPay: z.boolean().describe("Has already said they want to pay; once is enough"),
  // Defaulted so snapshots stored before the field existed still restore.
  apologised: z
    .enum(["none", "bare", "owned", "amended"])
    .default("none")
    .describe("The most the caller's apologies have done so far: a 'sorry', a fault owned, a fault owned with a change promised"),
  offer: z
    .object({ amount: z.number(), date: z.string(), monthly: z.boolean().describe("A monthly amount for a plan, not a one-off payment") })
    .nullable()
    .describe("The customer's own counter-offer on the table"),
  lastAsk: z.object({ amount: z.number().nullable(), answered: z.boolean() }).nullable().describe("The trainee's latest request for payment, and whether it got a yes"),
  nagged: z.number().int().describe("Requests in a row that brought nothing new"),
  saidSayings: z.array(z.number().int()).describe("Indices of the persona's sayings already said"),
  lastSayingTurn: z.number().int().describe("The turn of the latest saying: they are flavour, not every reply"),
  commitment: ZCommitment.nullable(),
  pending: ZPendingTurn,
  reply: ZCustomerReply.describe("The machine's decision for the customer's next words"),
});
export type TPersonaContext = z.infer<typeof ZPersonaContext>;

export const emptyPending = (): TPendingTurn => ({
  identified: { name: false, organisation: false },
  askedIdentity: false,
  askedForDebtor: false,
  otherName: false,
  mentionedDebt: false,
  listenerMayHear: false,
  askedThirdPartyToPay: false,
  demandedContacts: false,
  threats: [],
  deceptions: [],
  abuse: 0,
  lumpSum: false,
  pushed: false,
  borrowOrSell: false,
  ignoredMustStop: false,
  reassured: false,
  apology: "none",
  amends: false,
  empathy: 0,
  topics: [],
  asked: false,
  askedOpen: false,
  namedAmount: null,
  statedAmount: null,
  statedDate: null,
  accurate: 0,
  inaccurate: 0,
  consequences: 0,
  options: [],
  request: null,
  stopResponse: { acknowledged: false, explainedRoute: false, paused: false },
  callbackRequested: false,
  saidGoodbye: false,
  askedAbout: [],
  leanedOn: [],
  askedArrangement: false,
  askedWhen: false,
  askedOffer: false,
  askedAnythingElse: false,
  askedAffordable: false,
});

export function initialContext(params: TPersonaParams): TPersonaContext {
  const { traits } = params;
  return {
    params,
    trust: traits.initialTrust,
    anger: traits.initialAnger,
    understanding: traits.understanding,
    willingness: traits.willingness,
    capacity: traits.capacity,
    party: params.answeredBy.party,
    identity: { callerIdentified: false, confirmed: false, asked: false },
    askedForDebtor: 0,
    disclosed: [],
    mustStop: { status: params.mustStop ? "hidden" : "none", pressedAfter: 0, heard: { acknowledged: false, nextStep: false } },
    turn: 0,
    // Turns that get them nowhere they will sit through: 3 for the least patient, 12 for the most.
    patienceLeft: Math.round(3 + traits.patience * 9),
    saidWantsToPay: false,
    apologised: "none",
    offer: null,
    lastAsk: null,
    nagged: 0,
    saidSayings: [],
    lastSayingTurn: -2,
    commitment: null,
    pending: emptyPending(),
    reply: { party: params.answeredBy.party, acts: [{ kind: "greet" }], mood: "neutral" },
  };
}
