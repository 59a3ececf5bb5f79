import { z } from "zod";
import { ZArchetype, ZCoreArchetype, ZSayingMoment } from "../scenarios/persona-schema";
import type { TScenario } from "../scenarios/scenario-schema";
import { ZTopic } from "../scenarios/hidden-schema";
import { findMustStopTriggers } from "../scoring/find-must-stop-triggers";
import { textIn } from "../i18n/localized-text";
import { archetypeProfile, ZArchetypeProfile } from "./archetype-profiles";
import { ZMustStopKind } from "./must-stop-kind";
import { ASKS_WHO, CONFIRMS_IDENTITY } from "./name-asked";

/** A saying that gives in to whatever is asked ("Yes, yes, whatever you need", "好,好,没问题,您说什么都行"). */
const GIVES_IN = /whatever you (?:need|say|want)|yes,? i'll do it|说什么都行|怎样都行|要什么都行|我照办/i;

/**
 * Everything the machine needs from a scenario, and nothing it does not (no texts): the machine's
 * input, kept in its context so a persisted snapshot replays without the scenario at hand.
 */
export const ZPersonaParams = z.object({
  archetype: ZArchetype,
  core: ZCoreArchetype,
  profile: ZArchetypeProfile,
  traits: z.object({
    initialTrust: z.number(),
    initialAnger: z.number(),
    patience: z.number(),
    volatility: z.number(),
    understanding: z.number(),
    willingness: z.number(),
    capacity: z.number(),
  }),
  answeredBy: z.object({
    party: z.enum(["debtor", "third_party"]),
    passesPhone: z.enum(["never", "on_polite_request", "after_callback_request"]).nullable(),
  }),
  disclosures: z.array(
    z.object({
      id: z.string(),
      topics: z.array(ZTopic).min(1).describe("The fact's own topic first"),
      minTrust: z.number(),
      hasCover: z.boolean().describe("The scenario words what they say before trusting enough"),
    }),
  ),
  sayings: z.array(ZSayingMoment).describe("When each of the persona's sayings fits, by index"),
  // Defaulted so snapshots stored before the field existed still restore.
  sayingsConfirmingIdentity: z
    .array(z.number().int())
    .default([])
    .describe("Indices of sayings that say who they are ('Yes, yes, that's me'): said only with a confirmation, never beside 'who's calling?'"),
  sayingsAskingWho: z.array(z.number().int()).default([]).describe("Indices of sayings that ask who is calling ('你哪个公司的?'): not said to a caller who has said who they are"),
  sayingsGivingIn: z
    .array(z.number().int())
    .default([])
    .describe("Indices of sayings that give in ('Yes, yes, whatever you need'): never said beside a refusal, which they would take back"),
  mustStop: z
    .object({
      kind: ZMustStopKind,
      trigger: z.enum(["start", "topic", "trust"]),
      topic: ZTopic.nullable(),
      minTrust: z.number().nullable(),
      // Defaulted so snapshots stored before the field existed still restore.
      crisis: z.boolean().default(false).describe("Talk of suicide or self-harm: asked if they are safe, they answer as they are"),
    })
    .nullable(),
  money: z.object({
    balance: z.number(),
    canPayToday: z.number(),
    canPayMonthly: z.number(),
    maxInstallmentMonths: z.number().int(),
    payday: z.number().int().nullable().describe("Day of the month their money comes in"),
    asOf: z.iso.date().describe("The day of the call: default promise dates count from it"),
  }),
});
export type TPersonaParams = z.infer<typeof ZPersonaParams>;

/** `callDay`: the day the call is made (ISO); the customer's dates count from it, not from the case file's print date. */
export function toPersonaParams(scenario: TScenario, callDay?: string): TPersonaParams {
  const { persona, hidden, answeredBy, policy, caseFile } = scenario;
  const mustStop = hidden.mustStop;
  return {
    archetype: persona.archetype,
    core: persona.coreArchetype,
    profile: archetypeProfile(persona.archetype, persona.coreArchetype),
    traits: { ...persona.traits },
    answeredBy: { party: answeredBy.party, passesPhone: answeredBy.passesPhone ?? null },
    disclosures: hidden.disclosures.map(({ id, topic, topics = [], minTrust, cover }) => ({ id, topics: [topic, ...topics], minTrust, hasCover: cover !== undefined })),
    sayings: (persona.sayings ?? []).map((saying) => saying.when),
    sayingsConfirmingIdentity: (persona.sayings ?? []).flatMap((saying, index) => (CONFIRMS_IDENTITY.test(textIn(saying.says, scenario.language) ?? "") ? [index] : [])),
    sayingsAskingWho: (persona.sayings ?? []).flatMap((saying, index) => (ASKS_WHO.test(textIn(saying.says, scenario.language) ?? "") ? [index] : [])),
    sayingsGivingIn: (persona.sayings ?? []).flatMap((saying, index) => (GIVES_IN.test(textIn(saying.says, scenario.language) ?? "") ? [index] : [])),
    mustStop: mustStop
      ? {
          kind: mustStop.kind,
          trigger: mustStop.surfaces.trigger,
          topic: mustStop.surfaces.topic ?? null,
          minTrust: mustStop.surfaces.minTrust ?? null,
          crisis: findMustStopTriggers(textIn(mustStop.says, scenario.language) ?? "", scenario.language).includes("crisis"),
        }
      : null,
    money: {
      balance: caseFile.account.balance,
      canPayToday: hidden.canPayToday,
      // Without a monthly figure, what they could find today is also what they could find each month.
      canPayMonthly: hidden.canPayMonthly ?? hidden.canPayToday,
      maxInstallmentMonths: caseFile.case.installmentEligible ? policy.maxInstallmentMonths : 0,
      payday: hidden.payday ?? null,
      asOf: callDay ?? caseFile.case.asOf,
    },
  };
}
