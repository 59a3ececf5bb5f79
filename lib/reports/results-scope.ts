import type { Prisma } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import type { TResultsFilter } from "./results-filter";
import { scopeTeamIds } from "./scope-team-ids";

const DAY_MS = 24 * 3600 * 1000;

/**
 * The practice reports a viewer may see under a filter. A call belongs to the teams its trainee is
 * a member of, so team scope is by the trainee's membership: a supervisor sees the calls of trainees
 * in their teams and nothing else, whatever the other filters say. Quality reviews of real calls are
 * never practice results and never appear here.
 */
export function resultsScope(viewer: TViewer, filter: TResultsFilter): Prisma.ScoreReportWhereInput {
  const teamIds = scopeTeamIds(viewer, filter.teamId);
  return {
    source: "practice",
    createdAt: {
      gte: filter.from ? new Date(`${filter.from}T00:00:00Z`) : undefined,
      lt: filter.to ? new Date(Date.parse(`${filter.to}T00:00:00Z`) + DAY_MS) : undefined,
    },
    scenarioVersion: filter.scenarioId ? { scenarioId: filter.scenarioId } : undefined,
    call: {
      traineeId: filter.traineeId,
      trainee: teamIds ? { memberships: { some: { teamId: { in: teamIds } } } } : undefined,
    },
  };
}
