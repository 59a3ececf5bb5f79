import "server-only";
import { z } from "zod";
import { decideAccess, type TRoutePattern } from "@/lib/auth/access-policy";
import { getViewer, type TViewer } from "@/lib/auth/get-viewer";
import { AppError, HTTP_STATUS } from "@/lib/errors/app-error";
import { BODY_LIMITS, readLimitedJson } from "@/lib/http/read-limited-body";
import { hasPlausibleIds, queryHoldsNul } from "@/lib/http/route-params";
import { crossSiteRefusal, isCrossSiteMutation } from "./same-origin";

type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (request: Request, context: { viewer: TViewer; params: P }) => Promise<Response | unknown>;

const problem = (status: number, code: string, message: string, details?: unknown) =>
  Response.json({ error: { code, message, ...(details === undefined ? {} : { details }) } }, { status });

/**
 * Every API route is guardRoute(pattern, handler): role check from the access policy, same-origin
 * check on mutations, and one mapping of expected errors to HTTP answers. A handler returning a
 * plain value is sent as JSON.
 */
export function guardRoute<P = Record<string, never>>(route: TRoutePattern, handler: Handler<P>) {
  return async function guardedRoute(request: Request, context: RouteContext<P>) {
    if (isCrossSiteMutation(request)) return crossSiteRefusal();
    const viewer = await getViewer(request.headers);
    const decision = decideAccess(route, viewer);
    if (decision === "sign-in" || !viewer) return problem(401, "unauthenticated", "Sign in first.");
    if (decision === "change-password") return problem(403, "password_change_required", "Choose a new password first (/account/password).");
    if (decision === "forbidden") return problem(403, "forbidden", "Your role does not allow this.");
    try {
      const params = await context.params;
      if (!hasPlausibleIds(params)) return problem(404, "not_found", "Nothing has that id.");
      if (queryHoldsNul(request.url)) return problem(400, "invalid_input", "The query holds a NUL character.");
      const result = await handler(request, { viewer, params });
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      if (error instanceof AppError) {
        const answer = problem(HTTP_STATUS[error.code], error.code, error.message, error.details);
        const retryAfter = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
        if (error.code === "rate_limited" && retryAfter) answer.headers.set("retry-after", String(retryAfter));
        return answer;
      }
      if (error instanceof z.ZodError) {
        return problem(
          400,
          "invalid_input",
          "The request is not valid.",
          error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
        );
      }
      throw error;
    }
  };
}

/** Reads a JSON body of at most `maxBytes` (413 past it), turning a malformed one into a 400 rather than a crash. */
export function readJson(request: Request, maxBytes: number = BODY_LIMITS.json): Promise<unknown> {
  return readLimitedJson(request, maxBytes);
}
