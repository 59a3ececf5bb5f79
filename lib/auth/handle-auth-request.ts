import type { PrismaClient } from "../../generated/prisma/client";
import { AppError, HTTP_STATUS } from "../errors/app-error";
import { BODY_LIMITS, withLimitedBody } from "../http/read-limited-body";
import { consumeRateLimit, RATE_RULES, resetRateLimit } from "../rate-limit/consume-rate-limit";
import type { TAuth } from "./create-auth";
import { recordAudit } from "../audit/record-audit";
import { hideSessionToken } from "./hide-session-token";

export const AUTH_BASE_PATH = "/api/auth";

/**
 * The only better-auth endpoints Parley uses: signing in by username, signing out, and reading the
 * session. Everything else (self-service profile changes, listing sessions with their tokens,
 * probing which usernames exist, e-mail sign-in and sign-up, password reset by e-mail) answers 404.
 */
export const OPEN_AUTH_PATHS: ReadonlySet<string> = new Set(["/sign-in/username", "/sign-out", "/get-session"]);

/** The endpoint a request names under /api/auth, with repeated slashes folded the way the router folds them. */
export function authPathOf(url: string): string | undefined {
  const pathname = new URL(url).pathname.replace(/\/{2,}/g, "/").replace(/\/$/, "");
  return pathname.startsWith(`${AUTH_BASE_PATH}/`) ? pathname.slice(AUTH_BASE_PATH.length) : undefined;
}

const problem = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  Response.json({ code, message, error: { code, message } }, { status, headers });

export type HandleAuthRequestOptions = { auth: TAuth; prisma: PrismaClient };

/**
 * Every request to /api/auth/*: closed endpoints refused, the body read within a small limit, and
 * failed sign-ins counted per account in the database (whatever address they claim to come from)
 * before better-auth's own per-address limit. Session tokens never reach page scripts.
 */
export async function handleAuthRequest(request: Request, { auth, prisma }: HandleAuthRequestOptions): Promise<Response> {
  const path = authPathOf(request.url);
  if (path === undefined || !OPEN_AUTH_PATHS.has(path)) return problem(404, "NOT_FOUND", "Not found.");
  let bounded: Request;
  try {
    bounded = await withLimitedBody(request, BODY_LIMITS.auth);
  } catch (error) {
    if (error instanceof AppError) return problem(HTTP_STATUS[error.code], error.code, error.message);
    throw error;
  }
  const text = await bounded.clone().text();
  if (text.includes("\\u0000") || text.includes("\u0000")) return problem(400, "invalid_input", "The request holds a NUL character.");
  const username = path === "/sign-in/username" && request.method === "POST" ? await signInUsername(bounded) : undefined;
  const accountKey = username ? `sign-in:${username.slice(0, 64)}` : undefined;
  if (accountKey) {
    const decision = await consumeRateLimit(prisma, accountKey, RATE_RULES.signInPerAccount);
    if (!decision.allowed) {
      return problem(429, "TOO_MANY_ATTEMPTS", "Too many failed sign-ins for this account; try again later.", { "retry-after": String(decision.retryAfterSeconds) });
    }
  }
  const response = await auth.handler(bounded);
  if (accountKey && response.ok) await resetRateLimit(prisma, accountKey);
  if (username && response.status === 401) await recordFailedSignIn(prisma, username);
  if (username && response.ok && (await endSessionsIfDisabled(prisma, username))) {
    return problem(403, "ACCOUNT_DISABLED", "This account has been deactivated; ask an administrator.");
  }
  return hideSessionToken(response);
}

/**
 * A deactivated person's right password opens nothing: the session just made is removed. Checked
 * after the password, so the answer tells only its holder that the account exists.
 */
async function endSessionsIfDisabled(prisma: PrismaClient, username: string): Promise<boolean> {
  const user = await prisma.user.findUnique({ where: { username }, select: { id: true, disabled: true } });
  if (!user?.disabled) return false;
  await prisma.session.deleteMany({ where: { userId: user.id } });
  return true;
}

/**
 * A wrong password for an existing account goes in the audit log; names that match no account do
 * not (anyone can send those, and the log would fill with them). The per-account limit caps the rest.
 */
async function recordFailedSignIn(prisma: PrismaClient, username: string): Promise<void> {
  const user = await prisma.user.findUnique({ where: { username }, select: { id: true, name: true } });
  if (user) await recordAudit(prisma, { actorId: null, action: "auth.sign_in_failed", entityType: "user", entityId: user.id, detail: { username, name: user.name } });
}

/** The username the sign-in body names, as better-auth reads it (trimmed, lower case). */
async function signInUsername(request: Request): Promise<string | undefined> {
  const body: unknown = await request
    .clone()
    .json()
    .catch(() => undefined);
  const username = typeof body === "object" && body !== null && "username" in body ? body.username : undefined;
  if (typeof username !== "string" || username.trim() === "") return undefined;
  return username.trim().toLowerCase();
}
