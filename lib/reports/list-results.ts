import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { canSeeTeam } from "../teams/assert-team-access";
import { assessResult } from "./assess-result";
import type { TResultsFilter } from "./results-filter";
import { resultsScope } from "./results-scope";

export type ListResultsOptions = {
  viewer: TViewer;
  filter: TResultsFilter;
  /** The zone of the filter's days, the team's (resultsTimeZone.ts); UTC when omitted. */
  teamTimeZone?: string;
};

/** Scored practice calls in the viewer's teams under a filter, newest first, each assessed. */
export async function listResults(prisma: PrismaClient, { viewer, filter, teamTimeZone }: ListResultsOptions) {
  const reports = await prisma.scoreReport.findMany({
    where: resultsScope(viewer, filter, teamTimeZone),
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      createdAt: true,
      overall: true,
      empathy: true,
      accuracy: true,
      compliance: true,
      // A finding withdrawn after an accepted dispute no longer counts anywhere.
      findings: { where: { withdrawn: false }, select: { category: true, severity: true, ruleId: true } },
      scenarioVersion: { select: { scenarioId: true, version: true } },
      call: {
        select: {
          id: true,
          outcome: true,
          trainee: { select: { id: true, name: true, username: true, memberships: { select: { team: { select: { id: true, name: true } } } } } },
        },
      },
    },
  });
  return reports.flatMap(({ id, createdAt, findings, scenarioVersion, call, ...scores }) => {
    // The scope only admits reports of practice calls; the check narrows the optional relation.
    if (!call) return [];
    const { memberships, ...trainee } = call.trainee;
    return [
      {
        reportId: id,
        callId: call.id,
        date: createdAt,
        teams: memberships.map((membership) => membership.team).filter((team) => canSeeTeam(viewer, team.id)),
        trainee,
        scenarioId: scenarioVersion?.scenarioId ?? null,
        version: scenarioVersion?.version ?? null,
        outcome: call.outcome,
        scores,
        ...assessResult(scores, findings),
        findings,
      },
    ];
  });
}
export type TResultRow = Awaited<ReturnType<typeof listResults>>[number];
