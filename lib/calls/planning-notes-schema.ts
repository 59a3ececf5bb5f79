import { z } from "zod";

/** The five questions of the domain brief a collector answers from the case file before dialling. */
export const PLANNING_QUESTIONS = ["canPay", "lowestArrangement", "moneySource", "whoAndHow", "approach"] as const;
export type TPlanningQuestion = (typeof PLANNING_QUESTIONS)[number];

export const PLANNING_NOTE_MAX = 1000;

const ZNote = z
  .string()
  .max(PLANNING_NOTE_MAX, `at most ${PLANNING_NOTE_MAX} characters per answer`)
  .refine((text) => !text.includes("\u0000"), "must not contain a NUL character");

/** The trainee's plan as it was when they dialled: saved with the call and shown in the call and its report. */
export const ZPlanningNotes = z.strictObject(
  Object.fromEntries(PLANNING_QUESTIONS.map((question) => [question, ZNote.optional()])) as Record<TPlanningQuestion, z.ZodOptional<typeof ZNote>>,
);
export type TPlanningNotes = z.infer<typeof ZPlanningNotes>;

/** Only the answers written: an empty plan is stored as none at all. */
export function answeredNotes(notes: TPlanningNotes | null | undefined): TPlanningNotes | null {
  const answered = Object.fromEntries(Object.entries(notes ?? {}).filter(([, text]) => text !== undefined && text.trim() !== ""));
  return Object.keys(answered).length > 0 ? answered : null;
}
