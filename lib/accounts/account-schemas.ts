import { z } from "zod";
import { ZRole } from "../auth/roles";

export const ZUsername = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9_.-]{3,32}$/, "3–32 characters: letters, digits, dot, dash or underscore");

const ZPersonName = z.string().trim().min(1).max(80);
export const ZPassword = z.string().min(8, "at least 8 characters").max(128);

export const ZCreateUserInput = z.object({
  username: ZUsername,
  name: ZPersonName,
  password: ZPassword,
  role: ZRole,
  teamIds: z.array(z.string().min(1).max(200)).max(100).default([]),
});
export type TCreateUserInput = z.input<typeof ZCreateUserInput>;

/** An administrator's change to a person: any of name, role and whether they may sign in. */
export const ZUpdateUserInput = z
  .object({ name: ZPersonName.optional(), role: ZRole.optional(), active: z.boolean().optional() })
  .refine((input) => input.name !== undefined || input.role !== undefined || input.active !== undefined, "name, role or active");
export type TUpdateUserInput = z.input<typeof ZUpdateUserInput>;

export const ZResetPasswordInput = z.object({ password: ZPassword });
export const ZChangeOwnPasswordInput = z.object({ currentPassword: z.string().min(1).max(128), newPassword: ZPassword });

export const ZTeamName = z.string().trim().min(1).max(80);
export const ZCreateTeamInput = z.object({ name: ZTeamName });
export const ZAddTeamMemberInput = z.object({ userId: z.string().min(1).max(200) });
