import { z } from "zod";
import { MAX_NAME_CHARS } from "../transcript/transcript-schema";
import { fraction } from "./scenario-fields";
import { reasonIssue, scenarioReasons } from "./scenario-reasons";
import { ZScenarioText } from "./scenario-text";

/** The three personas of the mission; every finer type behaves as one of them. */
export const CORE_ARCHETYPES = ["hardship", "confused", "angry"] as const;
export const ZCoreArchetype = z.enum(CORE_ARCHETYPES);
export type TCoreArchetype = z.infer<typeof ZCoreArchetype>;

type TCores = readonly [TCoreArchetype, ...TCoreArchetype[]];

/**
 * Practitioner types of domain.md and the core personas each may map onto; the first is the
 * default when a scenario does not say.
 */
export const PRACTITIONER_CORES = {
  guilty_cooperative: ["hardship"],
  misinformed: ["confused"],
  face_conscious: ["confused", "angry"],
  know_it_all: ["angry"],
  timid: ["hardship", "confused"],
  debt_numb: ["angry"],
} as const satisfies Record<string, TCores>;

type TPractitionerType = keyof typeof PRACTITIONER_CORES;
const PRACTITIONER_TYPES = Object.keys(PRACTITIONER_CORES) as [TPractitionerType, ...TPractitionerType[]];

export const ZArchetype = z.enum([...CORE_ARCHETYPES, ...PRACTITIONER_TYPES]).describe("Core persona (hardship, confused, angry) or a practitioner type that maps onto one");
export type TArchetype = z.infer<typeof ZArchetype>;

export function allowedCores(archetype: TArchetype): TCores {
  return archetype in PRACTITIONER_CORES ? PRACTITIONER_CORES[archetype as TPractitionerType] : [archetype as TCoreArchetype];
}

export const ZTraits = z
  .strictObject({
    initialTrust: fraction("Trust in the caller when the call starts (0 none, 1 full)"),
    initialAnger: fraction("Anger when the call starts"),
    patience: fraction("How long they tolerate pressure, repetition or jargon before hanging up"),
    volatility: fraction("How sharply trust and anger move after each turn"),
    understanding: fraction("How well they understand balance, interest, minimum payment and credit records"),
    willingness: fraction("Willingness to pay when treated well"),
    capacity: fraction("Share of a sensible first payment they could really make today"),
  })
  .describe("Tunable traits the persona machine starts from");
export type TTraits = z.infer<typeof ZTraits>;

/** When a saying fits: the machine picks one whose moment has come, and each is said at most once. */
export const ZSayingMoment = z.enum(["early", "money", "consequences", "family", "pressed", "anytime"]);
export type TSayingMoment = z.infer<typeof ZSayingMoment>;

const ZSaying = z
  .strictObject({
    when: ZSayingMoment.describe(
      "early: first replies; money: an amount or payment comes up; consequences: credit record, legal steps, what happens next; family: family, colleagues or anyone else hearing; pressed: the caller pushes, repeats or nags; anytime",
    ),
    says: ZScenarioText.describe("A short line in the customer's own voice"),
  })
  .describe("A line that carries the customer's type: the timid one's 'I already paid', the know-it-all's 'Spell it'");

export const ZPersona = z
  .strictObject({
    archetype: ZArchetype,
    coreArchetype: ZCoreArchetype.optional().describe("Core persona the type behaves as; derived from the archetype when omitted, must be one it allows"),
    name: z.string().min(1).max(MAX_NAME_CHARS).describe("The cardholder's name as the bank records it; the trainee sees it"),
    age: z.number().int().min(18).max(100).describe("Age in years; the trainee sees it"),
    gender: z.enum(["female", "male"]).describe("Gender as the bank records it; the trainee sees it"),
    speakingStyle: z.string().min(1).describe("Notes for the role-player: register, dialect, habits, what they repeat; never shown to the trainee"),
    traits: ZTraits,
    sayings: z.array(ZSaying).max(12).optional().describe("Lines in the customer's own voice, each said at most once in a call"),
  })
  .superRefine((persona, ctx) => {
    const allowed = allowedCores(persona.archetype);
    if (persona.coreArchetype && !allowed.includes(persona.coreArchetype)) {
      ctx.addIssue({
        code: "custom",
        path: ["coreArchetype"],
        ...reasonIssue(scenarioReasons.coreArchetypeNotAllowed(persona.archetype, allowed, persona.coreArchetype)),
      });
    }
  })
  .transform((persona) => ({ ...persona, coreArchetype: persona.coreArchetype ?? allowedCores(persona.archetype)[0] }))
  .describe("Who the customer is and how they behave");
export type TPersona = z.infer<typeof ZPersona>;
