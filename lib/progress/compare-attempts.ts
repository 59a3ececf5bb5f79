import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { moodTimeline } from "../calls/mood-timeline";
import { assessResult } from "../reports/assess-result";
import { getScenarioBrief } from "./get-scenario-brief";

/** Attempts compared side by side at most: the newest ones. */
export const COMPARED_ATTEMPTS = 6;

export type CompareAttemptsOptions = { viewer: TViewer; scenarioId: string };

/**
 * The trainee's scored attempts at one scenario, oldest of the newest few first, side by side: the
 * scores, pass or fail, the rules broken and the customer's mood curve of each. Withdrawn findings
 * (accepted disputes) do not count.
 */
export async function compareAttempts(prisma: PrismaClient, { viewer, scenarioId }: CompareAttemptsOptions) {
  const brief = await getScenarioBrief(prisma, { viewer, scenarioId });
  const calls = await prisma.practiceCall.findMany({
    where: { traineeId: viewer.id, scenarioVersion: { scenarioId }, report: { isNot: null } },
    orderBy: { startedAt: "desc" },
    take: COMPARED_ATTEMPTS,
    select: {
      id: true,
      startedAt: true,
      turns: { orderBy: { index: "asc" }, select: { index: true, speaker: true, mood: true } },
      report: {
        select: {
          overall: true,
          empathy: true,
          accuracy: true,
          compliance: true,
          findings: { where: { withdrawn: false }, select: { category: true, severity: true, ruleId: true } },
        },
      },
    },
  });
  const attempts = calls.reverse().flatMap(({ id, startedAt, turns, report }) => {
    if (!report) return [];
    const { findings, ...scores } = report;
    const { passed, rulesBroken } = assessResult(scores, findings);
    return [{ callId: id, startedAt, scores, passed, rulesBroken, mood: moodTimeline(turns) }];
  });
  return { title: brief.view.title, attempts };
}
