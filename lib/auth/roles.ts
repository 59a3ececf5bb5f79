import { z } from "zod";

export const ZRole = z.enum(["trainee", "trainer", "supervisor", "admin"]);
export type TRole = z.infer<typeof ZRole>;
export const ROLES = ZRole.options;

/** Where each role lands after signing in (literal paths, so the pages' typed routes accept them). */
export const ROLE_HOME = {
  trainee: "/trainee",
  trainer: "/trainer",
  supervisor: "/supervisor",
  admin: "/admin",
} as const satisfies Record<TRole, string>;
type TRoleHome = (typeof ROLE_HOME)[TRole];

/** The main navigation of each role: its home, and for trainers the results of the teams they train. */
export const ROLE_NAV: Record<TRole, { href: TRoleHome; label: TRole | "results" }[]> = {
  trainee: [{ href: ROLE_HOME.trainee, label: "trainee" }],
  trainer: [
    { href: ROLE_HOME.trainer, label: "trainer" },
    { href: ROLE_HOME.supervisor, label: "results" },
  ],
  supervisor: [{ href: ROLE_HOME.supervisor, label: "supervisor" }],
  admin: [{ href: ROLE_HOME.admin, label: "admin" }],
};
