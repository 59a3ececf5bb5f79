import type { TCaseFacts, TRulesetId, TTurn } from "../../../lib/transcript/transcript-schema";

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

/** A call's opening in each rule set: the collector says who they are, the cardholder answers. */
export const VERIFIED: Record<TRulesetId, TTurn[]> = {
  cn: [
    { speaker: "agent", text: "您好,我是华信资产管理公司的李明,工号A1024,受招商银行信用卡中心委托来电。请问是张伟先生本人吗?" },
    { speaker: "customer", text: "对,是我。", party: "debtor" },
  ],
  us: [
    { speaker: "agent", text: "Hi, this is Sam Lee from Crestline Recovery calling for Summit Bank. Am I speaking with Michael Turner?" },
    { speaker: "customer", text: "Yeah, this is Mike.", party: "debtor" },
  ],
  uk: [
    { speaker: "agent", text: "Hello, this is Sam Lee from Carrow Credit Management, working for Eastgate Bank. Am I speaking with Helen Marsh?" },
    { speaker: "customer", text: "Yes, speaking.", party: "debtor" },
  ],
};
