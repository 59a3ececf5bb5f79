import { z } from "zod";

const ZConceptName = z.string().regex(/^[a-z][a-z0-9-]*$/, "concept names are lower-case words joined by hyphens");

/**
 * One concept: the words that say it (matched as literals), regex forms for inflected or spelled
 * variants, and other concepts it includes. Several languages live side by side in one concept.
 */
export const ZConcept = z
  .object({
    words: z.array(z.string().min(1)).optional().describe("literal words and phrases, in normalised form (lower case, simplified, half-width)"),
    forms: z.array(z.string().min(1)).optional().describe("regular-expression forms such as neighbou?rs"),
    include: z.array(ZConceptName).optional().describe("concepts whose words this one also has"),
    note: z.string().optional(),
  })
  .strict()
  .refine((concept) => (concept.words?.length ?? 0) + (concept.forms?.length ?? 0) + (concept.include?.length ?? 0) > 0, "a concept needs words, forms or include");
export type TConcept = z.infer<typeof ZConcept>;
export const ZConcepts = z.record(ZConceptName, ZConcept);

/**
 * One named pattern: alternatives over concepts ({relation}), with ~N for a gap of up to N
 * characters inside a clause and ~~N inside a sentence. `match` and `ok` are examples that run as
 * tests: each `match` sentence must be hit, no `ok` sentence may be.
 */
export const ZPatternEntry = z
  .object({
    any: z.array(z.string().min(1)).min(1),
    match: z.array(z.string().min(1)).optional(),
    ok: z.array(z.string().min(1)).optional(),
    note: z.string().optional(),
  })
  .strict();
export type TPatternEntry = z.infer<typeof ZPatternEntry>;
export const ZPatternFile = z.record(z.string().regex(/^[a-z][a-z0-9-]*\.[a-z0-9-]+$/, "pattern ids are family.name"), ZPatternEntry);
