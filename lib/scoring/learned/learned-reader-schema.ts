import { z } from "zod";

/** The categories the learned reader reads; figures against the case file and the call's own work stay with the rules. */
export const LEARNED_CATEGORIES = ["threat", "deception", "abuse", "pressure", "third_party_disclosure", "empathy", "options_offered"] as const;
export const ZLearnedCategory = z.enum(LEARNED_CATEGORIES);
export type TLearnedCategory = z.infer<typeof ZLearnedCategory>;

const ZCategoryWeights = z.object({ bias: z.number(), weights: z.record(z.string(), z.number()) });

/** lexicon/learned-reader.json, written by `npm run train:reader`. */
export const ZLearnedReader = z.object({
  about: z.string(),
  trainedOn: z.array(z.string()).min(1),
  turns: z.number().int().positive(),
  regularisation: z.number().positive(),
  threshold: z.number().gt(0).lt(1),
  categories: z.record(ZLearnedCategory, ZCategoryWeights),
});
export type TLearnedReader = z.infer<typeof ZLearnedReader>;
