import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { username } from "better-auth/plugins";
import type { PrismaClient } from "../../generated/prisma/client";
import { ZUsername } from "../accounts/account-schemas";
import type { TEnv } from "../env";
import { getOrCreateSetting } from "../settings/get-or-create-setting";

const SESSION_HOURS = 12;

/** better-auth endpoints Parley never uses (see OPEN_AUTH_PATHS in handle-auth-request.ts). */
const CLOSED_AUTH_PATHS = [
  "/update-user",
  "/change-email",
  "/delete-user",
  "/list-sessions",
  "/list-accounts",
  "/is-username-available",
  "/sign-in/email",
  "/sign-up/email",
  "/request-password-reset",
  "/reset-password",
  "/send-verification-email",
  "/verify-email",
];

export type CreateAuthOptions = { prisma: PrismaClient; settings: TEnv };

/**
 * Sign-in with username and password through better-auth: scrypt password hashes, HttpOnly session
 * cookies stored in the database (so every instance on one server shares them), origin checks on
 * every mutation. Accounts are created by an admin or the demo seed, never by self sign-up.
 */
export async function createAuth({ prisma, settings }: CreateAuthOptions) {
  const secret = settings.PARLEY_AUTH_SECRET ?? (await getOrCreateSetting(prisma, "auth_secret", () => randomBytes(32).toString("base64url")));
  return betterAuth({
    appName: "Parley",
    secret,
    baseURL: settings.PARLEY_BASE_URL ?? {
      allowedHosts: ["localhost:*", "127.0.0.1:*", "localhost", "127.0.0.1"],
      protocol: "http",
    },
    database: prismaAdapter(prisma, { provider: "postgresql" }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8 },
    // The same usernames an admin may create (ZUsername), dashes included.
    plugins: [username({ minUsernameLength: 3, maxUsernameLength: 32, usernameValidator: (name) => ZUsername.safeParse(name).success })],
    // The route lets through only OPEN_AUTH_PATHS; these stay closed in better-auth itself too.
    disabledPaths: CLOSED_AUTH_PATHS,
    user: {
      additionalFields: {
        role: { type: "string", input: false, required: false },
        disabled: { type: "boolean", input: false, required: false },
        mustChangePassword: { type: "boolean", input: false, required: false },
      },
      changeEmail: { enabled: false },
      deleteUser: { enabled: false },
    },
    session: { expiresIn: SESSION_HOURS * 3600, updateAge: 3600 },
    rateLimit: {
      enabled: true,
      window: 60,
      max: 300,
      customRules: { "/sign-in/username": { window: 60, max: 30 } },
      // In the database, so every instance on one server counts the same requests.
      storage: "database",
    },
    advanced: {
      // Any client can send X-Forwarded-For: it names the client only behind proxies the operator
      // lists. Without them, per-address limits are off and the per-account limit holds.
      ipAddress: settings.PARLEY_TRUSTED_PROXIES ? { ipAddressHeaders: ["x-forwarded-for"], trustedProxies: settings.PARLEY_TRUSTED_PROXIES } : { disableIpTracking: true },
    },
    telemetry: { enabled: false },
  });
}

export type TAuth = Awaited<ReturnType<typeof createAuth>>;
