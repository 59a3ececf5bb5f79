import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { endStaleCalls } from "../calls/end-stale-calls";
import { describeRules, type TRuleView } from "../reports/describe-rules";
import { ZRulesetId, type TLanguage } from "../transcript/transcript-schema";
import { summariseProgress } from "./summarise-progress";
import { ZLocalizedText } from "../i18n/localized-text";

export type GetTraineeProgressOptions = { viewer: TViewer; locale: TLanguage };

// Only the title is read from the stored version: the rest of it holds the hidden facts, and a
// version written under an older scenario schema still opens.
const ZScenarioTitle = z.looseObject({ title: ZLocalizedText });

/**
 * The signed-in trainee's own calls, newest first (date, scenario, outcome, scores), with the
 * figures of summariseProgress and the title and sources of every rule they broke.
 */
export async function getTraineeProgress(prisma: PrismaClient, { viewer, locale }: GetTraineeProgressOptions) {
  await endStaleCalls(prisma, { traineeId: viewer.id });
  const calls = await prisma.practiceCall.findMany({
    where: { traineeId: viewer.id },
    orderBy: { startedAt: "desc" },
    select: {
      id: true,
      status: true,
      outcome: true,
      startedAt: true,
      scenarioVersion: { select: { scenarioId: true, version: true, content: true } },
      report: {
        select: {
          ruleset: true,
          overall: true,
          empathy: true,
          accuracy: true,
          compliance: true,
          findings: { where: { withdrawn: false }, select: { category: true, severity: true, ruleId: true } },
        },
      },
    },
  });
  const history = calls.map(({ id, status, outcome, startedAt, scenarioVersion, report }) => ({
    callId: id,
    status,
    outcome,
    startedAt,
    scenario: { id: scenarioVersion.scenarioId, version: scenarioVersion.version, title: ZScenarioTitle.parse(scenarioVersion.content).title },
    scores: report && { overall: report.overall, empathy: report.empathy, accuracy: report.accuracy, compliance: report.compliance },
  }));
  const summary = summariseProgress(
    calls.map((call, order) => ({ callId: call.id, startedAt: call.startedAt, scores: history[order]!.scores, findings: call.report?.findings ?? [] })),
  );
  const rules: Record<string, TRuleView> = Object.assign(
    {},
    ...calls.flatMap(({ report }) => (report ? [describeRules({ ruleset: ZRulesetId.parse(report.ruleset), findings: report.findings }, locale)] : [])),
  );
  return { history, ...summary, rulesBroken: summary.rulesBroken.map((row) => ({ ...row, title: rules[row.ruleId]?.title ?? null })) };
}
