import { z } from "zod";

/** A field's own wording, except when the field is missing: then the shared "missing required field" applies. */
export const unlessMissing = (message: string) => (issue: { input?: unknown }) => (issue.input === undefined ? undefined : message);

/** Small field builders shared by the scenario schemas, so the same kind of value reads the same everywhere. */
export const amount = (description: string) =>
  z.number({ error: unlessMissing("expected an amount (a number, no currency sign)") }).nonnegative("expected an amount of 0 or more").describe(description);

const fractionMessage = "expected a number between 0 and 1";
export const fraction = (description: string) =>
  z.number({ error: unlessMissing(fractionMessage) }).min(0, fractionMessage).max(1, fractionMessage).describe(description);

export const isoDate = (description: string) =>
  z.iso.date({ error: unlessMissing("expected a date written YYYY-MM-DD") }).describe(description);

/** YAML reads unquoted digits as a number and drops leading zeros, so phone numbers and card digits must be quoted. */
export const digits = (description: string) =>
  z.string({ error: unlessMissing("expected a string; put numbers such as phone numbers and card digits in quotes") }).min(1).describe(description);

export const ZRelation = z
  .enum(["spouse", "parent", "child", "sibling", "colleague", "roommate", "friend"])
  .describe("How the person relates to the cardholder");
export type TRelation = z.infer<typeof ZRelation>;

/** Fee kinds a balance may contain and a policy may waive; `interest` means waiving or freezing it. */
export const ZFeeKind = z.enum(["late_fees", "overlimit_fees", "annual_fee", "returned_payment_fees"]);
export const ZWaivable = z.enum([...ZFeeKind.options, "interest"]).describe("A charge the policy allows to waive");
export type TWaivable = z.infer<typeof ZWaivable>;
