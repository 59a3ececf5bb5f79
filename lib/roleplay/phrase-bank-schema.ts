import type { TScenario } from "../scenarios/scenario-schema";
import type { TIdentityDetail } from "./identity-details";
import type { TArchetypeProfile } from "../persona/archetype-profiles";
import type { TActKind, TCustomerAct, TMood } from "../persona/customer-decision-schema";
import type { TMustStopKind } from "../persona/must-stop-kind";
import type { TTopic } from "../scenarios/hidden-schema";

export type TStyle = TArchetypeProfile["style"];

/** Variants for one act: `default` always, a style's own list where that type words it its own way. */
export type TVariants = { default: readonly string[] } & Partial<Record<TStyle, readonly string[]>>;

/** Per act variants, keyed further where the act carries a choice (why, about, mustStop). */
type TActPhrases<K extends TActKind> =
  Extract<TCustomerAct, { kind: K }> extends { why: infer W extends string }
    ? Record<W, TVariants>
    : Extract<TCustomerAct, { kind: K }> extends { about: infer A extends string }
      ? Record<A, TVariants>
      : TVariants;

/**
 * Everything the offline role-player can say in one language, as data. Slots in braces are filled
 * from the decision and the scenario: {name} {pronoun} {relation} {creditor} {amount} {date}
 * {months} {monthly} {fact} {says}.
 */
export type TPhraseBank = {
  acts: { [K in Exclude<TActKind, "explain" | "must_stop" | "answer" | "saying">]: TActPhrases<K> };
  /** A pause taken by someone in crisis or grief ("okay… thank you"), where "put a note on it" would sound like paperwork. */
  agreeCallbackShaken: TVariants;
  /** A plan agreed by its length when the trainee named no monthly figure: no figure is invented. */
  agreePlanByLength: TVariants;
  /** A plan agreed by its monthly figure when the trainee named no length: no length is invented. */
  agreePlanOpen: TVariants;
  /** Answers to a question whose topic hides nothing ({topic} words the topic in the dodge). */
  answers: { plain: Record<TTopic, TVariants>; dodge: TVariants; told: TVariants; shaken: TVariants };
  /** How the customer names each topic inside a sentence. */
  topicWords: Record<TTopic, string>;
  /** A must-stop moment already told, said again briefly. */
  mustStopAgain: Record<TMustStopKind, TVariants>;
  /** Lead-ins before a revealed fact; the fact's own words follow. */
  explain: TVariants;
  /** Lead-ins before the must-stop words of the scenario. */
  mustStop: TVariants;
  /** Said before the reply now and then, by style. */
  openers: Partial<Record<TStyle, readonly string[]>>;
  /** Said before the reply now and then, by mood. */
  moods: Partial<Record<TMood, readonly string[]>>;
  /** An identity check answered with the detail asked for ({value}: the birthday, the digits, the address). */
  identityDetail: Record<TIdentityDetail, TVariants>;
  /** Said instead of a sentence the customer already said in this call: they refer back to it. */
  alreadySaid: TVariants;
  /** Terms already agreed, asked about again: a back-reference with the terms, so "when?" gets its answer. */
  agreedAgain: { payment: TVariants; plan: TVariants; planByLength: TVariants; planOpen: TVariants };
  /** Terms agreed when nobody named a day and they have no payday: no day of their own ("in a few days"; "from which day?"). */
  noDay: { payment: TVariants; planOpen: TVariants };
  /** Their own figure when asked for "something" with no sum named: no "that much" to refuse. */
  ownFigure: TVariants;
  /** Why they are behind, said in general terms, for a reason other than hardship (a hardship line from a customer who is not short would contradict them). */
  hintReason: Partial<Record<Exclude<TScenario["hidden"]["reasonKind"], "hardship">, TVariants>>;
  /** Between sentences: "" in Chinese, " " in English. */
  space: string;
};
