import { z } from "zod";
import { ZLanguage, ZRulesetId } from "../transcript/transcript-schema";
import { ZLearnedCategory } from "./learned/learned-reader-schema";
import { ZFinding } from "./report-schema";

/**
 * What one agent turn did, in its call context. Shared contract: the scorer turns it into findings
 * and the customer persona machines react to it, so every field describes behaviour, not a verdict.
 * Evidence strings are exact substrings of the turn's original text.
 */
const evidence = z.string().describe("Exact substring of the turn's text");

export const ZListenerParty = z.enum(["debtor", "third_party", "unknown"]);
export const ZListenerRelation = z.enum(["self", "spouse", "parent", "child", "sibling", "relative", "colleague", "friend", "representative", "other", "unknown"]);
export const ZLevel = z.enum(["none", "weak", "strong"]);
export type TLevel = z.infer<typeof ZLevel>;

export const ZQuestionTopic = z.enum(["situation", "income", "employment", "health", "family", "expenses", "other_debts", "savings", "plans", "payment_capacity", "dispute"]);
export type TQuestionTopic = z.infer<typeof ZQuestionTopic>;

/** Stop moments (rules.md): the collector must stop pressing for payment in this call. */
export const ZMustStopTrigger = z.enum(["dispute", "lawyer", "stop_contact", "bankruptcy", "crisis", "bereavement"]);
export type TMustStopTrigger = z.infer<typeof ZMustStopTrigger>;

export const ZThreatKind = z.enum(["violence", "intimidation", "exposure", "prison", "seizure", "legal_action", "harassment"]);
export const ZDeceptionKind = z.enum([
  "impersonation",
  "fake_legal_process",
  "fake_deadline",
  "fake_favour",
  "invented_consequence",
  "unauthorised_waiver",
  "instalments_beyond_policy",
  "improper_payment_channel",
]);
export const ZOptionKind = z.enum(["instalments", "deferral", "fee_waiver", "reduced_payment", "debt_advice"]);
export const ZAmountRole = z.enum(["debt", "minimum", "payment", "part", "other"]).describe("part: principal, interest or a fee read out as one part of the balance");

const ZEmpathyMechanism = z.object({ level: ZLevel, evidence: z.array(evidence) });

export const ZTurnAnalysis = z.object({
  turn: z.number().int().nonnegative().describe("0-based index of the agent turn"),
  language: ZLanguage,
  ruleset: ZRulesetId,
  listener: z.object({
    party: ZListenerParty.describe("Who is on the line, from the latest customer turn's party or its words"),
    relation: ZListenerRelation.describe("How the listener relates to the debtor, when said"),
    isConsumer: z.boolean().describe("May hear about the debt under this rule set (a spouse does under US rules)"),
    source: z.enum(["transcript", "inferred", "none"]),
  }),
  identityVerifiedBefore: z.boolean().describe("The cardholder confirmed who they are before this turn"),
  asksToVerifyIdentity: z.boolean(),
  selfIdentification: z.object({
    name: z.boolean().describe("Name or staff number given"),
    agency: z.boolean(),
    creditor: z.boolean(),
    debtCollector: z.boolean().describe("Says they are a debt collector collecting a debt (US mini-Miranda, first half)"),
    purposeStatement: z.boolean().describe("Information obtained will be used for that purpose (mini-Miranda, second half)"),
    revealsCollection: z
      .boolean()
      .optional()
      .describe("The words say it is about a debt: a collection agency's trade (催收, Recovery), the bank, or acting for someone; 鼎诚信息咨询 alone does not"),
    evidence: z.array(evidence),
  }),
  debtMention: z.object({
    mentioned: z.boolean(),
    about: z.enum(["listener", "other_person", "unspecified"]).describe("Whose debt the words refer to"),
    byAgencyName: z.boolean().describe("Only the agency's name says it: Brightline Collections, 催收公司"),
    evidence: z.array(evidence),
  }),
  threats: z.array(z.object({ kind: ZThreatKind, evidence })),
  reassurances: z.array(z.object({ kind: ZThreatKind, evidence })).describe("Negated threats: 我们不会联系您的家人"),
  lawfulConsequences: z.array(z.object({ kind: z.enum(["credit_report", "legal_action", "fees"]), evidence })),
  deceptions: z.array(z.object({ kind: ZDeceptionKind, evidence })),
  abuse: z.array(z.object({ evidence })),
  pressure: z.object({
    borrowOrSell: z.array(evidence),
    familyPays: z.array(evidence).optional().describe("Of borrowOrSell, the family asked to pay: to a relative who answered, asking them to pay rather than pushing to borrow"),
    lumpSum: z.array(evidence),
    deadline: z.array(evidence).describe("Payment demanded by a near deadline"),
    mustStopIgnored: z.boolean().describe("Pressed for payment while a must-stop moment is active"),
    pressing: z.array(evidence).describe("The words that pressed for payment while a must-stop moment is active"),
    beyondMeans: z.array(evidence).describe("Asked for more than the customer said they can afford"),
    hardshipPressed: z.array(evidence).describe("At an adapt moment, asked for money now or brushed the hardship aside"),
  }),
  thirdPartyAskedToPay: z.boolean(),
  contactsDemanded: z.boolean().describe("Asked for relatives' or colleagues' phone numbers"),
  amounts: z.array(
    z.object({
      value: z.number(),
      approximate: z.boolean(),
      currency: z.string().nullable(),
      role: ZAmountRole,
      perMonth: z.boolean().describe("Said as a monthly figure: 每月500元, $150 a month"),
      matchesCase: z.boolean().nullable().describe("null when the case gives nothing to compare with"),
      evidence,
    }),
  ),
  empathy: z.object({
    acknowledgement: ZEmpathyMechanism.describe("Reacting to the customer's feelings"),
    understanding: ZEmpathyMechanism.describe("Showing they understood the situation"),
    exploration: ZEmpathyMechanism.describe("Exploring it with open questions"),
  }),
  questionTopics: z.array(ZQuestionTopic),
  questionAsked: z.boolean().describe("The turn asks the listener something, whatever the topic"),
  openQuestion: z.boolean().describe("One of its questions is open: what, how, why, 怎么, 什么"),
  optionsOffered: z.array(
    z.object({
      kind: ZOptionKind,
      withinPolicy: z.boolean().nullable().describe("null when the case says nothing about the policy"),
      months: z.number().optional(),
      monthly: z.number().optional().describe("Instalments: the monthly amount named with the offer"),
      evidence,
    }),
  ),
  paymentRequest: z.object({ amount: z.number().nullable(), date: z.string().nullable(), evidence }).nullable(),
  mustStop: z.object({
    active: z.boolean(),
    triggers: z.array(ZMustStopTrigger),
    response: z.object({ acknowledged: z.boolean(), explainedRoute: z.boolean(), paused: z.boolean() }),
  }),
  adaptMoment: z
    .object({
      active: z.boolean().describe("The customer told of hardship (illness, job loss, a failed business): adapt, do not stop"),
      statedMeans: z.number().nullable().describe("The most the customer said they can pay, when they named a sum"),
    })
    .describe("Adapt moments (rules.md): affordable options are good practice, pushing past stated means is pressure"),
  callBack: z.object({ requested: z.boolean(), leavesContact: z.boolean(), evidence: z.array(evidence) }),
  farewell: z.boolean().describe('The collector says goodbye: 再见, "have a good night"'),
  summary: z.string().describe("One line in the report language"),
  learned: z.array(ZLearnedCategory).describe("What only the learned reader saw in the turn (lexicon/learned-reader.json): categories the rules found nothing of"),
  findings: z.array(ZFinding),
});
export type TTurnAnalysis = z.infer<typeof ZTurnAnalysis>;
