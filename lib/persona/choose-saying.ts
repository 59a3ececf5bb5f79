import type { z } from "zod";
import type { TSayingMoment } from "../scenarios/persona-schema";
import type { ZDeceptionKind } from "../scoring/turn-analysis-schema";

type TDeceptionKind = z.infer<typeof ZDeceptionKind>;
import type { TCustomerAct } from "./customer-decision-schema";
import type { TPersonaContext } from "./persona-context";
import { repeatedAsk } from "./settle-turn";

const CONSEQUENCE_LIES = new Set<TDeceptionKind>(["impersonation", "fake_legal_process", "fake_deadline", "invented_consequence"]);

/** The moments the pending turn creates for the persona's own sayings. */
function momentsOf(context: TPersonaContext): Set<TSayingMoment> {
  const { pending } = context;
  const moments = new Set<TSayingMoment>();
  if (context.turn <= 1) moments.add("early");
  // An amount or a payment asked or offered, not the debt merely named ("this is an attempt to collect a debt").
  // Once terms are agreed, a line about money would take them back.
  // Nor does someone in crisis or grief, once they have said it, come back to money on their own.
  const shaken = context.params.mustStop?.kind === "vulnerability" && context.mustStop.status !== "hidden" && context.mustStop.status !== "none";
  // A pause or free debt advice offered asks for no money: "Not one dime till that TV's off" is no answer to "collection is paused".
  const payingOptions = pending.options.some((option) => option.kind !== "deferral" && option.kind !== "debt_advice");
  if ((pending.request !== null || payingOptions || pending.namedAmount !== null) && context.commitment === null && !shaken) moments.add("money");
  // Consequences talked about (the credit record, the courts), not the balance read out; a plan overstated
  // or a waiver promised is a lie about the options, not about what will happen to them ("你的意思是我要坐牢?").
  const liesAboutConsequences = pending.deceptions.some((kind) => CONSEQUENCE_LIES.has(kind));
  if (pending.consequences > 0 || pending.threats.length > 0 || liesAboutConsequences) moments.add("consequences");
  if (pending.threats.includes("exposure") || pending.demandedContacts || pending.topics.includes("family")) moments.add("family");
  if (repeatedAsk(context) || pending.lumpSum || pending.borrowOrSell || pending.pushed || pending.ignoredMustStop) moments.add("pressed");
  // A line for no particular reason now and then, not every turn, and never as the answer to misconduct.
  const misconduct = pending.threats.length > 0 || pending.deceptions.length > 0 || pending.abuse > 0 || pending.demandedContacts || pending.askedThirdPartyToPay;
  if (context.turn >= 2 && context.turn % 3 === 2 && !misconduct) moments.add("anytime");
  return moments;
}

/** At most one of the persona's sayings whose moment has come, each said once in a call. */
export function chooseSaying(context: TPersonaContext, moneyAnswered = false, replyIsBare = false, confirming = false, refusing = false): TCustomerAct[] {
  if (context.party !== "debtor" || context.params.sayings.length === 0) return [];
  const moments = momentsOf(context);
  // A line about money after terms were just agreed or refused would say something else.
  if (moneyAnswered) moments.delete("money");
  // Flavour lines wait a turn after the last one; a flare at pressure or at the family does not, nor a line
  // that answers what this turn talked about (the misinformed told the truth about the six years) when the
  // reply would otherwise be a bare "Right.".
  const spaced = replyIsBare ? (["early", "anytime"] as const) : (["early", "money", "consequences", "anytime"] as const);
  if (context.turn - context.lastSayingTurn < 2) for (const calm of spaced) moments.delete(calm);
  // "Yes, yes, that's me" is said with a confirmation, not beside "who's calling?" or "wrong number".
  const saysWhoTheyAre = (each: number) => context.params.sayingsConfirmingIdentity.includes(each) && !confirming && !context.identity.confirmed;
  // "我不可能答应" and then "好,好,您说什么都行": a line that gives in would take the refusal back.
  const takesBack = (each: number) => refusing && context.params.sayingsGivingIn.includes(each);
  // "你哪个公司的?工号多少?" to a caller who just gave both asks for nothing.
  const told = context.identity.callerIdentified || (context.pending.identified.name && context.pending.identified.organisation);
  const asksWhatWasSaid = (each: number) => told && context.params.sayingsAskingWho.includes(each);
  const index = context.params.sayings.findIndex(
    (when, each) => !context.saidSayings.includes(each) && moments.has(when) && !saysWhoTheyAre(each) && !takesBack(each) && !asksWhatWasSaid(each),
  );
  return index >= 0 ? [{ kind: "saying", index }] : [];
}
