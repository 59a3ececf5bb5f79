import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { assertTeamAccess } from "../teams/assert-team-access";

export type ListTeamResultsOptions = { viewer: TViewer; teamId: string; limit?: number };

/** Scored practice calls of one team's trainees, newest first; only for members of that team. */
export async function listTeamResults(prisma: PrismaClient, { viewer, teamId, limit = 200 }: ListTeamResultsOptions) {
  assertTeamAccess(viewer, teamId);
  const reports = await prisma.scoreReport.findMany({
    where: { source: "practice", call: { trainee: { memberships: { some: { teamId } } } } },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      createdAt: true,
      ruleset: true,
      overall: true,
      empathy: true,
      accuracy: true,
      compliance: true,
      call: { select: { id: true, outcome: true, trainee: { select: { id: true, username: true, name: true } } } },
      scenarioVersion: { select: { scenarioId: true, version: true } },
    },
  });
  return reports.map(({ call, scenarioVersion, ...report }) => ({
    ...report,
    callId: call?.id ?? null,
    outcome: call?.outcome ?? null,
    trainee: call?.trainee ?? null,
    scenario: scenarioVersion,
  }));
}
