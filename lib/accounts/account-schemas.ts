import { z } from "zod";
import { ZRole } from "../auth/roles";

export const ZUsername = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9_.-]{3,32}$/, "3–32 characters: letters, digits, dot, dash or underscore");

export const ZCreateUserInput = z.object({
  username: ZUsername,
  name: z.string().trim().min(1).max(80),
  password: z.string().min(8, "at least 8 characters").max(128),
  role: ZRole,
  teamIds: z.array(z.string().min(1).max(200)).max(100).default([]),
});
export type TCreateUserInput = z.input<typeof ZCreateUserInput>;

export const ZCreateTeamInput = z.object({ name: z.string().trim().min(1).max(80) });
export const ZAddTeamMemberInput = z.object({ userId: z.string().min(1).max(200) });
