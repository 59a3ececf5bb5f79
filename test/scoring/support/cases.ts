import type { TCaseFacts, TRulesetId } from "../../../lib/transcript/transcript-schema";

/** One case file per rule set, as the scorer's tests use them. */
export const ZH_CASE: TCaseFacts = {
  debtorName: "张伟",
  currency: "CNY",
  amountDue: 58320.5,
  minimumPayment: 3000,
  daysPastDue: 95,
  maxInstallmentMonths: 60,
  waivable: ["late_fees"],
};
export const US_CASE: TCaseFacts = {
  debtorName: "Michael Turner",
  currency: "USD",
  amountDue: 4218.37,
  minimumPayment: 135,
  daysPastDue: 90,
  maxInstallmentMonths: 48,
  waivable: ["late_fees"],
};
export const UK_CASE: TCaseFacts = {
  debtorName: "Helen Marsh",
  currency: "GBP",
  amountDue: 3120.45,
  minimumPayment: 168.42,
  daysPastDue: 95,
  maxInstallmentMonths: 36,
  waivable: ["late_fees", "interest"],
};
export const CASES: Record<TRulesetId, TCaseFacts> = { cn: ZH_CASE, us: US_CASE, uk: UK_CASE };
