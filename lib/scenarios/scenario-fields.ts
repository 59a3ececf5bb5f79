import { z } from "zod";
import { scenarioReasons } from "./scenario-reasons";
import { unlessMissing } from "./unless-missing";

/** Small field builders shared by the scenario schemas, so the same kind of value reads the same everywhere. */
export const amount = (description: string) =>
  z
    .number({ error: unlessMissing(scenarioReasons.amount) })
    .nonnegative(scenarioReasons.amountNotNegative.en)
    .describe(description);

const { fraction: fractionReason } = scenarioReasons;
export const fraction = (description: string) =>
  z
    .number({ error: unlessMissing(fractionReason) })
    .min(0, fractionReason.en)
    .max(1, fractionReason.en)
    .describe(description);

export const isoDate = (description: string) => z.iso.date({ error: unlessMissing(scenarioReasons.isoDate) }).describe(description);

/** YAML reads unquoted digits as a number and drops leading zeros, so phone numbers and card digits must be quoted. */
export const digits = (description: string) =>
  z
    .string({ error: unlessMissing(scenarioReasons.quotedDigits) })
    .min(1)
    .describe(description);

export const ZRelation = z.enum(["spouse", "parent", "child", "sibling", "colleague", "roommate", "friend"]).describe("How the person relates to the cardholder");
export type TRelation = z.infer<typeof ZRelation>;

/** Fee kinds a balance may contain and a policy may waive; `interest` means waiving or freezing it. */
export const ZFeeKind = z.enum(["late_fees", "overlimit_fees", "annual_fee", "returned_payment_fees"]);
export const ZWaivable = z.enum([...ZFeeKind.options, "interest"]).describe("A charge the policy allows to waive");
export type TWaivable = z.infer<typeof ZWaivable>;
