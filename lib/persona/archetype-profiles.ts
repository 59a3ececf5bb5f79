import { z } from "zod";
import type { TArchetype, TCoreArchetype } from "../scenarios/persona-schema";

/**
 * How one kind of customer reacts, as numbers. Every archetype runs the same machine with the same
 * guards; only this table (and the scenario's traits) differs, so a new type is a new row, not a
 * new machine. Anger and trust deltas are per occurrence before the scenario's volatility scales them.
 */
export const ZArchetypeProfile = z.object({
  abuse: z.number().describe("Anger added by an insult"),
  threat: z.number().describe("Anger added by a threat"),
  deception: z.number().describe("Anger added by a lie the customer sees through (scaled by understanding)"),
  thirdParty: z.number().describe("Anger added when the debt is disclosed to someone else"),
  pressure: z.number().describe("Anger added by lump-sum, borrow-or-sell pressure or pressing after a must-stop"),
  empathy: z.number().describe("Trust gained per point of empathy (acknowledging, understanding, exploring)"),
  calm: z.number().describe("Anger lost per point of empathy"),
  explanation: z.number().describe("Understanding gained per accurate explanation"),
  identification: z.number().describe("Trust gained when the caller says who they are and whom they act for"),
  willingnessFromUnderstanding: z.number().describe("How much understanding the facts moves willingness to pay"),
  needsIdentification: z.boolean().describe("Will not confirm who they are until the caller has identified themselves"),
  complainsOnDisclosure: z.boolean().describe("Complains at once when the debt is disclosed to others"),
  complaintAnger: z.number().describe("Anger at which a violation turns into a complaint"),
  hangUpAnger: z.number().describe("Anger at which they hang up"),
  ventAnger: z.number().describe("Anger above which they vent instead of talking"),
  openTrust: z.number().describe("Trust needed before they explain their situation"),
  commitTrust: z.number().describe("Trust needed before they agree to a payment"),
  commitWillingness: z.number().describe("Willingness needed before they agree to a payment"),
  commitAngerMax: z.number().describe("Above this anger they agree to nothing"),
  overCapacity: z
    .enum(["counter", "hedge", "refuse", "overpromise"])
    .describe("Answer to a request beyond what they can pay; overpromise: says yes anyway, a promise likely to break"),
  toldOnlyWhenAsked: z
    .boolean()
    .default(false)
    .describe("Ashamed of what they can really pay: asked for money they answer the sum, and tell their income or a broken promise only when asked about them"),
  stopPressLimit: z.number().int().min(1).describe("Times the caller may press on after a must-stop before a complaint"),
  acceptsCallback: z.boolean().describe("Takes 'I'll call you back' as the door left open and ends calmly"),
  style: z.enum(["plain", "hedging", "curt", "legalistic", "apologetic", "defensive", "weary"]).describe("How the role-player words replies"),
});
export type TArchetypeProfile = z.infer<typeof ZArchetypeProfile>;

const HARDSHIP: TArchetypeProfile = {
  abuse: 0.35,
  threat: 0.3,
  deception: 0.2,
  thirdParty: 0.35,
  pressure: 0.15,
  empathy: 0.09,
  calm: 0.06,
  explanation: 0.1,
  identification: 0.05,
  willingnessFromUnderstanding: 0.3,
  needsIdentification: false,
  complainsOnDisclosure: false,
  complaintAnger: 0.9,
  hangUpAnger: 0.75,
  ventAnger: 0.55,
  openTrust: 0.35,
  commitTrust: 0.45,
  commitWillingness: 0.5,
  commitAngerMax: 0.5,
  overCapacity: "counter",
  toldOnlyWhenAsked: false,
  stopPressLimit: 2,
  acceptsCallback: false,
  style: "plain",
};

/** The confused and the angry as departures from the hardship customer. */
const CORE: Record<TCoreArchetype, TArchetypeProfile> = {
  hardship: HARDSHIP,
  confused: { ...HARDSHIP, deception: 0.15, empathy: 0.08, explanation: 0.15, willingnessFromUnderstanding: 0.6 },
  angry: {
    ...HARDSHIP,
    abuse: 0.4,
    threat: 0.35,
    deception: 0.3,
    thirdParty: 0.4,
    pressure: 0.2,
    empathy: 0.08,
    calm: 0.1,
    identification: 0.06,
    willingnessFromUnderstanding: 0.4,
    complaintAnger: 0.85,
    hangUpAnger: 0.92,
    ventAnger: 0.5,
    openTrust: 0.3,
    commitTrust: 0.38,
    commitWillingness: 0.4,
    commitAngerMax: 0.55,
    stopPressLimit: 1,
    style: "curt",
  },
};

/** Practitioner types of domain.md as overrides of the core they behave as. */
const PRACTITIONER: Partial<Record<TArchetype, Partial<TArchetypeProfile>>> = {
  guilty_cooperative: { empathy: 0.1, commitTrust: 0.4, hangUpAnger: 0.7, toldOnlyWhenAsked: true, style: "apologetic" },
  misinformed: { explanation: 0.2, willingnessFromUnderstanding: 0.9, style: "defensive" },
  face_conscious: { thirdParty: 0.7, complainsOnDisclosure: true, commitTrust: 0.32, commitWillingness: 0.4, style: "defensive" },
  know_it_all: {
    deception: 0.5,
    threat: 0.45,
    needsIdentification: true,
    complainsOnDisclosure: true,
    complaintAnger: 0.6,
    // Their anger comes out as questions and traps, not as venting about the calls: a calm, precise caller is tested, not shouted at.
    ventAnger: 0.6,
    style: "legalistic",
  },
  timid: { overCapacity: "overpromise", toldOnlyWhenAsked: true, commitTrust: 0.35, commitWillingness: 0.4, hangUpAnger: 0.7, style: "hedging" },
  debt_numb: { pressure: 0.35, commitWillingness: 0.6, overCapacity: "refuse", acceptsCallback: true, style: "weary" },
};

export function archetypeProfile(archetype: TArchetype, core: TCoreArchetype): TArchetypeProfile {
  return { ...CORE[core], ...PRACTITIONER[archetype] };
}
