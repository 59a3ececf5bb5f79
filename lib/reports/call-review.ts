import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client";
import { ZLanguage, ZRulesetId } from "../transcript/transcript-schema";
import { assessResult } from "./assess-result";
import { REPORT_SELECT, toScoreReport } from "./stored-report";
import { ZLocalizedText } from "../i18n/localized-text";

/** What a call review reads; shared by the single review and the printable report. */
export const CALL_REVIEW_INCLUDE = {
  trainee: { select: { id: true, name: true, username: true } },
  scenarioVersion: { select: { scenarioId: true, version: true, content: true } },
  turns: { orderBy: { index: "asc" }, select: { index: true, speaker: true, text: true, party: true } },
  report: { select: REPORT_SELECT },
} satisfies Prisma.PracticeCallInclude;

type TCallRow = Prisma.PracticeCallGetPayload<{ include: typeof CALL_REVIEW_INCLUDE }>;

// Only the heading is read, so a version written under an older scenario schema still opens.
const ZScenarioHeading = z.looseObject({ title: ZLocalizedText, language: ZLanguage, ruleset: ZRulesetId });

/** A practice call as a reviewer sees it: who, which scenario version, the turns and the report. */
export function toCallReview(call: TCallRow) {
  const heading = ZScenarioHeading.parse(call.scenarioVersion.content);
  const report = call.report ? toScoreReport(call.report) : null;
  return {
    callId: call.id,
    status: call.status,
    outcome: call.outcome,
    startedAt: call.startedAt,
    endedAt: call.endedAt,
    trainee: call.trainee,
    scenario: { id: call.scenarioVersion.scenarioId, version: call.scenarioVersion.version, ...heading },
    turns: call.turns,
    report: report && { scoredAt: call.report!.createdAt, ...report, ...assessResult(report.scores, report.findings) },
  };
}
export type TCallReview = ReturnType<typeof toCallReview>;
