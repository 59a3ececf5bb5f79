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
 * (accepted disputes) do not count, nor do calls never really held (counted-call.ts).
 */
export async function compareAttempts(prisma: PrismaClient, { viewer, scenarioId }: CompareAttemptsOptions) {
  const brief = await getScenarioBrief(prisma, { viewer, scenarioId });
  const calls = await prisma.practiceCall.findMany({
    where: { traineeId: viewer.id, scenarioVersion: { scenarioId }, report: { isNot: null } },
    orderBy: { startedAt: "desc" },
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
  const attempts = calls
    .flatMap(({ id, startedAt, turns, report }) => {
      if (!report) return [];
      const { findings, ...scores } = report;
      const { passed, held, rulesBroken } = assessResult(scores, findings);
      // A call never really held (wasHeld) is no attempt.
      return held ? [{ callId: id, startedAt, scores, passed, rulesBroken, mood: moodTimeline(turns) }] : [];
    })
    .slice(0, COMPARED_ATTEMPTS)
    .reverse();
  return { title: brief.view.title, attempts };
}
