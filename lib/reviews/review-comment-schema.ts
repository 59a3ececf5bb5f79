import { z } from "zod";

export const ZAddReviewCommentInput = z.object({
  text: z
    .string()
    .trim()
    .min(1, "write a comment first")
    .max(4000, "at most 4,000 characters")
    .refine((text) => !text.includes("\u0000"), "must not contain a NUL character"),
  /** 0-based index of the turn the comment is about; absent or null for the call as a whole. */
  turn: z.number().int().nonnegative().max(2_147_483_647).nullish(),
});
export type TAddReviewCommentInput = z.input<typeof ZAddReviewCommentInput>;

/** What a comment shows: the words, the turn, when and by whom. */
export const REVIEW_COMMENT_SELECT = {
  id: true,
  turn: true,
  text: true,
  createdAt: true,
  author: { select: { id: true, name: true } },
} as const;
