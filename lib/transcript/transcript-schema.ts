import { z } from "zod";

/** The interchange transcript of ../shared/spec/interfaces.md §1. Extra fields are kept, never rejected. */
export const ZLanguage = z.enum(["zh-CN", "en"]).describe("Language of the call");
export type TLanguage = z.infer<typeof ZLanguage>;

export const ZRulesetId = z.enum(["cn", "us", "uk"]).describe("Rule set the call is judged by");
export type TRulesetId = z.infer<typeof ZRulesetId>;

export const ZParty = z.enum(["debtor", "third_party"]);
export type TParty = z.infer<typeof ZParty>;

export const ZCaseFacts = z.looseObject({
  debtorName: z.string().optional(),
  currency: z.string().optional().describe("ISO 4217 code, e.g. CNY, USD, GBP"),
  amountDue: z.number().nonnegative().optional(),
  minimumPayment: z.number().nonnegative().optional(),
  daysPastDue: z.number().int().nonnegative().optional(),
  maxInstallmentMonths: z.number().int().nonnegative().optional(),
  waivable: z.array(z.string()).optional().describe("Fees the policy allows to waive, e.g. late_fees"),
  creditor: z.string().optional().describe("The bank that owns the account"),
  agency: z.string().optional().describe("The collection agency the collector works for"),
  inHouse: z.boolean().optional().describe("The bank collects itself (no agency): the collector saying they are the bank is true"),
});
export type TCaseFacts = z.infer<typeof ZCaseFacts>;

export const ZTurn = z.looseObject({
  speaker: z.enum(["agent", "customer"]),
  text: z.string(),
  party: ZParty.optional().describe("Who answered, on customer turns; omitted means unknown"),
});
export type TTurn = z.infer<typeof ZTurn>;

/** When and how often the customer was called: what contact-time and call-frequency rules need. */
export const ZCallFacts = z.looseObject({
  startedAt: z.iso
    .datetime({ offset: true })
    // "Z" is UTC, not the customer's clock: reading it as their local time would misjudge contact hours.
    .regex(/[+-]\d{2}:?\d{2}$/, "needs the customer's own UTC offset, e.g. +08:00 (Z is UTC, not the customer's local time)")
    .optional()
    .describe("When the call began, ISO 8601 with the customer's UTC offset, e.g. 2026-11-20T21:40:00+08:00"),
  attemptsToday: z.number().int().nonnegative().optional().describe("Calls to this number that day, this one included"),
  attemptsLast7Days: z.number().int().nonnegative().optional().describe("Calls about this debt in the 7 days up to this one, this one included"),
  consentToLateContact: z.boolean().optional().describe("The customer asked to be called outside the usual hours"),
});
export type TCallFacts = z.infer<typeof ZCallFacts>;

export const ZTranscript = z.looseObject({
  id: z.string().optional(),
  language: ZLanguage,
  ruleset: ZRulesetId,
  case: ZCaseFacts.optional(),
  call: ZCallFacts.optional(),
  turns: z.array(ZTurn),
});
export type TTranscript = z.infer<typeof ZTranscript>;

/**
 * Bounds that keep one hostile file from stalling the scorer: a name goes into pattern matching, a
 * turn is scanned by every detector. Far above any real call (a long monologue is ~2,000 characters).
 */
export const MAX_NAME_CHARS = 200;
export const MAX_TURN_CHARS = 20_000;

/**
 * A transcript as it arrives from outside (an upload, the score command): the interchange format
 * within those bounds (a text over its bound is a custom issue whose `params` say its length and limit). Stored transcripts are read with ZTranscript, so nothing saved before the
 * bounds existed becomes unreadable.
 */
export const ZTranscriptInput = ZTranscript.superRefine((transcript, ctx) => {
  const name = transcript.case?.debtorName;
  if (name !== undefined && name.length > MAX_NAME_CHARS) {
    ctx.addIssue({ code: "custom", path: ["case", "debtorName"], message: `at most ${MAX_NAME_CHARS} characters`, params: { length: name.length, limit: MAX_NAME_CHARS } });
  }
  transcript.turns.forEach((turn, index) => {
    if (turn.text.length > MAX_TURN_CHARS) {
      ctx.addIssue({
        code: "custom",
        path: ["turns", index, "text"],
        message: `${turn.text.length.toLocaleString("en")} characters, over the limit of ${MAX_TURN_CHARS.toLocaleString("en")} characters per turn`,
        params: { length: turn.text.length, limit: MAX_TURN_CHARS },
      });
    }
  });
});
