import { z } from "zod";
import { ZLocalizedTextOrLegacy } from "../i18n/localized-text";
import { ZRulesetId } from "../transcript/transcript-schema";
import { ZCategory, ZSeverity, isViolation } from "./report-schema";

/**
 * What the detectors can observe in an agent turn or a call. A rule set claims the signals it
 * enforces, so a trainer can move, re-grade or drop a check by editing YAML, not code.
 */
export const SIGNAL_KINDS = [
  "self_identified",
  "mini_miranda_given",
  "self_identification_missing",
  "contact_outside_hours",
  "too_many_attempts",
  "identity_check",
  "identity_not_verified",
  "debt_disclosed_to_third_party",
  "debt_before_verification",
  "agency_named_before_verification",
  "agency_named_to_third_party",
  "third_party_asked_to_pay",
  "third_party_contacts_demanded",
  "threat_violence",
  "threat_intimidation",
  "threat_exposure",
  "threat_prison",
  "threat_seizure",
  "threat_legal_action",
  "threat_harassment",
  "impersonation",
  "fake_legal_process",
  "fake_deadline",
  "fake_favour",
  "invented_consequence",
  "unauthorised_waiver",
  "instalments_beyond_policy",
  "improper_payment_channel",
  "abuse",
  "amount_inaccurate",
  "overdue_inaccurate",
  "record_length_inaccurate",
  "borrow_or_sell",
  "lump_sum_pressure",
  "contacts_demanded_as_proof",
  "beyond_stated_means",
  "deadline_demanded",
  "hardship_pressed",
  "must_stop_ignored_dispute",
  "must_stop_ignored_lawyer",
  "must_stop_ignored_stop_contact",
  "must_stop_ignored_bankruptcy",
  "must_stop_ignored_crisis",
  "must_stop_ignored_bereavement",
  "empathy_shown",
  "situation_not_explored",
  "no_next_step",
  "must_stop_handled",
  "options_offered",
  "learned_threat",
  "learned_deception",
  "learned_abuse",
  "learned_pressure",
  "learned_third_party_disclosure",
  "learned_empathy",
  "learned_options_offered",
] as const;
export const ZSignalKind = z.enum(SIGNAL_KINDS);
/** Signals about the call as a whole (work it never did), never about one turn's words. */
export const CALL_WORK_SIGNALS: ReadonlySet<string> = new Set(["situation_not_explored", "no_next_step"]);
export type TSignalKind = z.infer<typeof ZSignalKind>;

export const ZRuleSource = z.object({
  regulation: z.string().min(1),
  article: z.string().optional(),
  unverified: z.boolean().optional().describe("The citation comes from secondary sources and must be checked"),
});

export const ZRuleSignal = z.object({
  severity: ZSeverity,
  category: ZCategory.optional().describe("When this signal belongs to another category than the rule's"),
  explanation: ZLocalizedTextOrLegacy.optional(),
  suggestion: ZLocalizedTextOrLegacy.optional(),
});
export type TRuleSignal = z.infer<typeof ZRuleSignal>;

/** A rule's texts are `{ zh, en }` like a scenario's; a rule set still written with `zh-CN` for `zh` loads too. */
export const ZRule = z.object({
  id: z.string().regex(/^[A-Z]{2}-[A-Z0-9-]+$/, "rule ids look like CN-THREAT"),
  category: ZCategory,
  severity: ZSeverity.describe("The usual severity; each signal sets its own"),
  title: ZLocalizedTextOrLegacy,
  source: z.array(ZRuleSource).min(1),
  explanation: ZLocalizedTextOrLegacy,
  suggestion: ZLocalizedTextOrLegacy,
  signals: z.partialRecord(ZSignalKind, ZRuleSignal),
});
export type TRule = z.infer<typeof ZRule>;

const ZClock = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, "a time like 08:00");

/** Contact hours and call frequency, in the customer's local time; checked when a transcript says when it was made. */
export const ZContactLimits = z.object({
  earliest: ZClock.describe("No call before this local time"),
  latest: ZClock.describe("No call after this local time"),
  maxAttemptsPerDay: z.number().int().positive().optional(),
  maxAttemptsPer7Days: z.number().int().positive().optional(),
});
export type TContactLimits = z.infer<typeof ZContactLimits>;

export const ZRuleset = z
  .object({
    id: ZRulesetId,
    name: ZLocalizedTextOrLegacy,
    version: z.string().min(1),
    contactLimits: ZContactLimits.optional(),
    creditRecordYears: z.number().int().positive().optional().describe("How long a missed payment stays on the credit record"),
    rules: z.array(ZRule).min(1),
  })
  .superRefine((ruleset, context) => {
    const claimed = new Map<string, string>();
    const ids = new Set<string>();
    ruleset.rules.forEach((rule, index) => {
      if (ids.has(rule.id)) context.addIssue({ code: "custom", path: ["rules", index, "id"], message: `duplicate rule id ${rule.id}` });
      ids.add(rule.id);
      for (const [kind, signal] of Object.entries(rule.signals)) {
        const path = ["rules", index, "signals", kind];
        const owner = claimed.get(kind);
        if (owner) context.addIssue({ code: "custom", path, message: `signal ${kind} is already claimed by ${owner}` });
        claimed.set(kind, rule.id);
        const category = signal.category ?? rule.category;
        // Strength categories also carry faults ("never identified yourself"); violations are never positive.
        if (isViolation(category) && signal.severity === "positive") {
          context.addIssue({ code: "custom", path, message: `severity ${signal.severity} does not fit category ${category}` });
        }
      }
    });
  });
export type TRuleset = z.infer<typeof ZRuleset>;
