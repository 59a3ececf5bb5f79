import type { TRole } from "./roles";
import type { TViewer } from "./get-viewer";

type TAccess = "public" | "signed-in" | readonly TRole[];

/**
 * Who may open each page and API route, by its App Router pattern. Every page and route handler
 * names its pattern here through the guards in app/_lib, and a test checks that every route file
 * in app/ appears in this table and is refused to every other role. Trainers read the results of
 * the teams they train through the supervisor's pages; team scope is enforced in lib/.
 */
export const ROUTE_ACCESS = {
  "/": "public",
  "/sign-in": "public",
  "/api/auth/[...all]": "public",
  "/api/health": "public",
  "/api/me": "signed-in",
  "/account/password": "signed-in",
  "/api/account/password": "signed-in",
  "/trainee": ["trainee"],
  "/api/trainee/scenarios": ["trainee"],
  "/trainee/scenarios/[scenarioId]": ["trainee"],
  "/trainee/scenarios/[scenarioId]/attempts": ["trainee"],
  "/trainee/calls/[callId]": ["trainee"],
  "/trainee/calls/[callId]/report": ["trainee"],
  "/trainee/progress": ["trainee"],
  "/api/trainee/calls": ["trainee"],
  "/api/trainee/calls/[callId]": ["trainee"],
  "/api/trainee/calls/[callId]/turns": ["trainee"],
  "/api/trainee/calls/[callId]/end": ["trainee"],
  "/api/trainee/calls/[callId]/disputes": ["trainee"],
  "/api/trainee/calls/[callId]/retry": ["trainee"],
  "/trainer": ["trainer"],
  "/api/trainer/scenarios": ["trainer"],
  "/trainer/scenarios/new": ["trainer"],
  "/trainer/scenarios/[scenarioId]": ["trainer"],
  "/trainer/scenarios/[scenarioId]/versions": ["trainer"],
  "/trainer/scenarios/[scenarioId]/results": ["trainer"],
  "/trainer/assignments": ["trainer"],
  "/trainer/real-calls": ["trainer"],
  "/api/trainer/scenarios/[scenarioId]/versions": ["trainer"],
  "/api/trainer/scenarios/[scenarioId]/versions/[version]": ["trainer"],
  "/api/trainer/scenarios/[scenarioId]/versions/[version]/rollback": ["trainer"],
  "/api/trainer/dry-run": ["trainer"],
  "/api/trainer/dry-run/teaching": ["trainer"],
  "/api/trainer/assignments": ["trainer"],
  "/api/trainer/assignments/[assignmentId]": ["trainer"],
  "/api/trainer/settings": ["trainer"],
  "/supervisor": ["supervisor", "trainer"],
  "/supervisor/teams/[teamId]": ["supervisor", "trainer"],
  "/api/supervisor/teams/[teamId]/results": ["supervisor", "trainer"],
  "/supervisor/calls/[callId]": ["supervisor", "trainer"],
  "/api/supervisor/calls/[callId]/comments": ["supervisor", "trainer"],
  "/api/supervisor/calls/[callId]/proposals": ["supervisor", "trainer"],
  "/api/supervisor/disputes/[disputeId]": ["supervisor", "trainer"],
  "/api/supervisor/export": ["supervisor", "trainer"],
  "/supervisor/print": ["supervisor", "trainer"],
  "/supervisor/quality": ["supervisor"],
  "/supervisor/quality/[reviewId]": ["supervisor"],
  "/api/supervisor/quality": ["supervisor"],
  "/api/supervisor/quality/progress": ["supervisor"],
  "/admin": ["admin"],
  "/admin/users/[userId]": ["admin"],
  "/admin/audit": ["admin"],
  "/api/admin/users": ["admin"],
  "/api/admin/users/[userId]": ["admin"],
  "/api/admin/users/[userId]/password": ["admin"],
  "/api/admin/teams": ["admin"],
  "/api/admin/teams/[teamId]": ["admin"],
  "/api/admin/teams/[teamId]/time-zone": ["admin"],
  "/api/admin/teams/[teamId]/members": ["admin"],
  "/api/admin/teams/[teamId]/members/[userId]": ["admin"],
  "/api/admin/audit": ["admin"],
} as const satisfies Record<string, TAccess>;

export type TRoutePattern = keyof typeof ROUTE_ACCESS;

export type TAccessDecision = "allow" | "sign-in" | "forbidden" | "change-password";

/** What a person whose password was reset may still open: the page to choose a new one. */
const OPEN_BEFORE_PASSWORD_CHANGE: ReadonlySet<TRoutePattern> = new Set(["/account/password", "/api/account/password", "/api/me"]);

export function decideAccess(route: TRoutePattern, viewer: TViewer | null): TAccessDecision {
  const access: TAccess = ROUTE_ACCESS[route];
  if (access === "public") return "allow";
  if (!viewer) return "sign-in";
  if (viewer.mustChangePassword && !OPEN_BEFORE_PASSWORD_CHANGE.has(route)) return "change-password";
  if (access === "signed-in") return "allow";
  return access.includes(viewer.role) ? "allow" : "forbidden";
}
