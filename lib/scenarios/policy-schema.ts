import { z } from "zod";
import { amount, ZWaivable } from "./scenario-fields";

export const ZPolicy = z
  .strictObject({
    maxInstallmentMonths: z.number().int().min(0).max(60).describe("Longest instalment plan that may be offered; 0 when none"),
    waivable: z.array(ZWaivable).describe("Charges that may be waived (or, for interest, frozen)"),
    settlementFloor: amount("Lowest lump sum the bank accepts in full settlement").optional(),
    minimumFirstPayment: amount("Smallest first payment that opens a plan or deferral"),
    deferralMonths: z.number().int().min(0).max(12).describe("Months payments may be paused; 0 when not allowed"),
  })
  .describe("What the trainee may offer; shown to the trainee");
export type TPolicy = z.infer<typeof ZPolicy>;
