import type { Prisma } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import type { TResultsFilter } from "./results-filter";
import { endOfDayIn, startOfDayIn } from "../teams/team-time-zone";
import { scopeTeamIds } from "./scope-team-ids";

/**
 * The practice reports a viewer may see under a filter. A call belongs to the teams its trainee is
 * a member of, so team scope is by the trainee's membership: a supervisor sees the calls of trainees
 * in their teams and nothing else, whatever the other filters say. Quality reviews of real calls are
 * never practice results and never appear here. The filter's days are calendar days in `timeZone`
 * (the team's, resultsTimeZone.ts), so a Shanghai call at 01:30 local falls on its own day.
 */
export function resultsScope(viewer: TViewer, filter: TResultsFilter, timeZone = "UTC"): Prisma.ScoreReportWhereInput {
  const teamIds = scopeTeamIds(viewer, filter.teamId);
  return {
    source: "practice",
    createdAt: {
      gte: filter.from ? startOfDayIn(filter.from, timeZone) : undefined,
      lt: filter.to ? endOfDayIn(filter.to, timeZone) : undefined,
    },
    scenarioVersion: filter.scenarioId ? { scenarioId: filter.scenarioId } : undefined,
    call: {
      traineeId: filter.traineeId,
      trainee: teamIds ? { memberships: { some: { teamId: { in: teamIds } } } } : undefined,
    },
  };
}
