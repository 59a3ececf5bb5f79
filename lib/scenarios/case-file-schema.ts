import { z } from "zod";
import { amount, digits, isoDate, ZFeeKind, ZRelation } from "./scenario-fields";

/** The five areas of the case file (domain.md): everything the trainee may read before dialling. */

export const DELINQUENCY_BUCKETS = ["M1", "M2", "M3", "M4", "M5", "M6+"] as const;

const ZCaseArea = z
  .strictObject({
    asOf: isoDate("Date the case file was printed, i.e. the day of the call"),
    creditor: z.string().min(1).describe("The bank that owns the account"),
    agency: z.string().min(1).optional().describe("The collection agency the trainee works for; omit for in-house collection"),
    accountRef: z.string().min(1).describe("Masked account or case reference"),
    inCollectionSince: isoDate("Date the account was placed in collection"),
    daysPastDue: z.number().int().positive().describe("Days since the first missed payment"),
    bucket: z.enum(DELINQUENCY_BUCKETS).describe("Delinquency bucket; M1 is 1-30 days, M6+ is 151 days or more; M4+ is late-stage"),
    brokenPromises: z.number().int().nonnegative().describe("Promises to pay made and broken"),
    installmentEligible: z.boolean().describe("Whether an instalment plan may still be offered"),
  })
  .describe("1. Case");

const ZPhoneBookEntry = z
  .strictObject({
    label: z.string().min(1).describe("What the system calls the number, e.g. 本人手机, Home landline"),
    number: digits("Phone number, quoted"),
    belongsTo: z.enum(["cardholder", "contact"]).describe("Whether the number is the cardholder's own or a contact's"),
    relation: ZRelation.optional().describe("For a contact: how they relate to the cardholder"),
    name: z.string().min(1).optional().describe("For a contact: their name"),
    note: z.string().min(1).optional().describe("What the system records about the number"),
  })
  .describe("One phone-book entry");

const ZCustomerArea = z
  .strictObject({
    maritalStatus: z.enum(["single", "married", "divorced", "widowed", "unknown"]).describe("Marital status"),
    homeRegion: z.string().min(1).describe("Home region (籍贯 or where they grew up)"),
    registeredAddress: z.string().min(1).describe("Address the bank has on file"),
    education: z.string().min(1).optional().describe("Education as recorded at application"),
    phoneBook: z.array(ZPhoneBookEntry).min(1).describe("Numbers on file: the cardholder's own and contacts'"),
  })
  .describe("2. Customer and contacts");

const ZCard = z
  .strictObject({
    product: z.string().min(1).describe("Card product name"),
    last4: digits("Last four digits, quoted"),
    creditLimit: amount("Credit limit"),
    balance: amount("Balance on this card"),
  })
  .describe("One card of the cardholder at this bank");

const ZTransaction = z
  .strictObject({
    date: isoDate("Posting date"),
    description: z.string().min(1).describe("Merchant or description as on the statement"),
    amount: amount("Amount"),
    kind: z.enum(["purchase", "cash_advance", "payment", "refund", "fee", "interest"]).describe("Kind of transaction"),
  })
  .describe("One transaction since the account became delinquent");

const ZStatement = z
  .strictObject({
    closingDate: isoDate("Statement closing date"),
    balance: amount("Statement balance"),
    minimumDue: amount("Minimum payment due"),
    paid: amount("Amount paid against this statement"),
  })
  .describe("One monthly statement");

const ZAccountArea = z
  .strictObject({
    currency: z.enum(["CNY", "USD", "GBP"]).describe("Currency of every amount in the scenario"),
    cards: z.array(ZCard).min(1).describe("Cards at this bank; single or multiple"),
    balance: amount("Total amount due across the cards"),
    minimumPayment: amount("Amount due now to bring the account up to date (missed minimums and fees), as the system shows it"),
    breakdown: z
      .strictObject({
        principal: amount("Purchases and cash advances"),
        interest: amount("Interest charged"),
        fees: z.partialRecord(ZFeeKind, amount("Fee amount")).describe("Fees charged, by kind"),
      })
      .describe("How the balance is made up; principal, interest and fees add up to the balance"),
    lastPayment: z
      .strictObject({ date: isoDate("Date"), amount: amount("Amount") })
      .optional()
      .describe("Most recent payment received"),
    transactionsSinceDelinquency: z.array(ZTransaction).describe("Still spending? Large purchases? Signs of cash-out?"),
    statements: z.array(ZStatement).optional().describe("Statements from before and after default"),
  })
  .describe("3. Account");

const ZComplaint = z
  .strictObject({
    date: isoDate("Date of the complaint"),
    channel: z.string().min(1).describe("Where it was made, e.g. bank hotline, 12378, CFPB, Financial Ombudsman"),
    summary: z.string().min(1).describe("What it was about"),
  })
  .describe("One complaint on record");

const flag = (description: string) => z.boolean().default(false).describe(description);

const ZFlagsArea = z
  .strictObject({
    sensitive: flag("Sensitive customer: handle with extra care"),
    vip: flag("VIP customer"),
    brokenPromise: flag("Has broken a promise to pay"),
    policeReport: flag("A police report is on file"),
    negotiationRequested: flag("The customer asked to negotiate in the last 90 days"),
    existingInstallmentPlan: flag("An instalment plan already exists"),
    disputed: flag("A dispute is already on file"),
    complaints: z.array(ZComplaint).default([]).describe("Complaint history and channel"),
  })
  .describe("4. Flags");

const ZAction = z
  .strictObject({
    date: isoDate("Date"),
    channel: z.enum(["call", "sms", "letter", "email", "visit"]).describe("How contact was attempted"),
    reached: z.enum(["debtor", "third_party", "no_answer"]).describe("Who was reached"),
    note: z.string().min(1).describe("What was said or promised, as recorded"),
  })
  .describe("One earlier collection action");

const ZOtherArea = z
  .strictObject({
    housing: z.enum(["owned", "mortgaged", "rented", "with_family", "unknown"]).describe("Housing"),
    employer: z
      .strictObject({
        name: z.string().min(1).describe("Employer"),
        role: z.string().min(1).describe("Role or job title"),
      })
      .optional()
      .describe("Employer and role as last recorded; omit when unemployed or unknown"),
    debitCardAtSameBank: z.boolean().describe("Holds a debit card at the same bank (an easy way to pay)"),
    actionHistory: z.array(ZAction).describe("Earlier calls, promises, and what third parties said"),
  })
  .describe("5. Other");

export const ZCaseFile = z
  .strictObject({
    case: ZCaseArea,
    customer: ZCustomerArea,
    account: ZAccountArea,
    flags: ZFlagsArea,
    other: ZOtherArea,
  })
  .describe("Everything the trainee may see before dialling; write it in the scenario's language");
export type TCaseFile = z.infer<typeof ZCaseFile>;
