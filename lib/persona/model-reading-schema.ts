import { z } from "zod";
import { ZTopic } from "../scenarios/hidden-schema";
import { ZDeceptionKind, ZThreatKind } from "../scoring/turn-analysis-schema";

/**
 * What a language model may say it read in one trainee turn: the same observations the offline
 * reading makes, each with the trainee's own words that carry it. Strict mode needs every key, so
 * the fields an act does not use are null or empty.
 */
export const ZModelAct = z.object({
  kind: z.enum(["threat", "deception", "abuse", "demands_contacts", "asks_to_borrow_or_sell", "demands_lump_sum", "question", "empathy", "proposal", "stop_handling", "call_back"]),
  quote: z.string().min(1).max(400).describe("The trainee's words that carry this act, copied exactly from the turn"),
  threat: ZThreatKind.nullable().describe("threat only: which kind"),
  deception: ZDeceptionKind.nullable().describe("deception only: which kind"),
  topics: z.array(ZTopic).describe("question only: what it asks about; [] otherwise"),
  amount: z.number().nullable().describe("proposal only: a one-off amount, or the monthly amount of a plan"),
  months: z.number().int().nullable().describe("proposal only: the number of monthly payments of a plan"),
  date: z.string().nullable().describe("proposal only: when, in the trainee's words"),
});
export type TModelAct = z.infer<typeof ZModelAct>;

export const ZModelReading = z.object({ acts: z.array(ZModelAct).max(12) });
export type TModelReading = z.infer<typeof ZModelReading>;
