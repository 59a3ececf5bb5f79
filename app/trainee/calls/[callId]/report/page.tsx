import Link from "next/link";
import { getFormatter, getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { DisputeList } from "@/app/_components/dispute-list";
import { MoodTimeline } from "@/app/_components/mood-timeline";
import { PlanningNotesView } from "@/app/_components/planning-notes-view";
import { ScoreSummary } from "@/app/_components/score-summary";
import { TranscriptWithFindings } from "@/app/_components/transcript-with-findings";
import { guardPage } from "@/app/_lib/guard-page";
import { getTraineeCall } from "@/lib/calls/get-trainee-call";
import { ABANDONED, NOT_HELD } from "@/lib/calls/unscored-outcomes";
import { moodTimeline } from "@/lib/calls/mood-timeline";
import { getPrisma } from "@/lib/db/get-database";
import { listCallDisputes } from "@/lib/disputes/list-call-disputes";
import { sameFinding } from "@/lib/disputes/rescore-without";
import { assessResult } from "@/lib/reports/assess-result";
import { describeRules } from "@/lib/reports/describe-rules";
import { listReviewComments } from "@/lib/reviews/list-review-comments";
import type { TFinding } from "@/lib/scoring/report-schema";
import { DialButton } from "../../../_components/dial-button";
import { DisputeForm } from "../../../_components/dispute-form";
import { RetryLineButton } from "../../../_components/retry-line-button";
import { textIn } from "@/lib/i18n/localized-text";
import { ZLanguage } from "@/lib/transcript/transcript-schema";

/**
 * The trainee's score report: scores, findings pinned to turns, the goals, supervisors' comments,
 * a retry, and beside the transcript the customer's mood over the call and the plan they dialled with.
 * Each fault the scorer found can be disputed once (the disputes and their answers are listed), and
 * a fault in one of the trainee's lines can be practised again at once from just before that line.
 */
export default guardPage<{ callId: string }>("/trainee/calls/[callId]/report", async ({ viewer, params }) => {
  const prisma = await getPrisma();
  const call = await getTraineeCall(prisma, { viewer, callId: params.callId });
  const [comments, { disputes, findings: findingRows }, t, tCall, tDisputes, tOutcome, format, locale, timeZone] = await Promise.all([
    listReviewComments(prisma, { viewer, callId: call.id }),
    listCallDisputes(prisma, { viewer, callId: call.id }),
    getTranslations("trainee.report"),
    getTranslations("trainee.call"),
    getTranslations("trainee.report.disputes"),
    getTranslations("outcome"),
    getFormatter(),
    getLocale().then((value) => ZLanguage.parse(value)),
    getTimeZone(),
  ]);
  const { report, scenario } = call;
  // Under each fault of the scorer's: try the line again, and the dispute's state or the way to dispute it.
  const findingActions = (finding: TFinding) => {
    const row = finding.severity === "positive" ? undefined : findingRows.find((candidate) => !candidate.withdrawn && sameFinding(finding, candidate));
    if (!row) return null;
    const dispute = disputes.find((candidate) => candidate.findingId === row.id);
    const ownLine = call.status === "ended" && finding.turn > 0 && call.turns[finding.turn]?.speaker === "agent";
    return (
      <div className="finding-actions">
        {ownLine && <RetryLineButton callId={call.id} turn={finding.turn} />}
        {dispute ? (
          <p className="dispute-state" data-status={dispute.status}>
            {dispute.status === "open" ? tDisputes("open") : tDisputes("rejected", { name: dispute.decidedBy ?? "—", reply: dispute.reply ?? "" })}
          </p>
        ) : (
          <DisputeForm callId={call.id} findingId={row.id} />
        )}
      </div>
    );
  };
  return (
    <>
      <h1>
        {t("title")}: {textIn(scenario.title, locale)}
      </h1>
      <dl className="facts">
        <dt>{t("scenario")}</dt>
        <dd>{t("version", { scenario: textIn(scenario.title, locale), version: call.scenarioVersion })}</dd>
        <dt>{t("started")}</dt>
        <dd>{format.dateTime(call.startedAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
        <dt>{t("outcome")}</dt>
        <dd data-outcome={call.outcome ?? "active"}>{tOutcome(call.outcome ?? "active")}</dd>
      </dl>
      {report ? (
        <ScoreSummary scores={report.scores} verdict={assessResult(report.scores, report.findings)} locale={locale} />
      ) : call.outcome === ABANDONED || call.outcome === NOT_HELD ? (
        <p className="card">{t(call.outcome === ABANDONED ? "abandoned" : "notHeld")}</p>
      ) : (
        <p>
          {t("stillActive")} <Link href={`/trainee/calls/${call.id}`}>{t("backToCall")}</Link>
        </p>
      )}
      <p className="row">
        <DialButton scenarioId={scenario.id} assignmentId={call.assignmentId ?? undefined} label={t("retry")} />
        <Link href={`/trainee/scenarios/${scenario.id}/attempts`}>{t("compare")}</Link>
      </p>
      {call.goals && (
        <section aria-labelledby="goals-title">
          <h2 id="goals-title">{t("goals")}</h2>
          <ul className="goals">
            {call.goals.map((goal, order) => (
              <li key={order}>{textIn(goal, locale)}</li>
            ))}
          </ul>
        </section>
      )}
      {disputes.length > 0 && (
        <section aria-labelledby="disputes-title">
          <h2 id="disputes-title">{tDisputes("title")}</h2>
          <DisputeList disputes={disputes} audience="trainee" locale={locale} />
        </section>
      )}
      <section aria-labelledby="comments-title">
        <h2 id="comments-title">{t("comments")}</h2>
        <p className="muted">{comments.length === 0 ? t("noComments") : t("commentCount", { count: comments.length })}</p>
      </section>
      <div className="report-body">
        <TranscriptWithFindings
          turns={call.turns}
          findings={report?.findings ?? []}
          rules={report ? describeRules(report, locale) : {}}
          locale={locale}
          comments={comments}
          timeZone={timeZone}
          customerName={scenario.customer.name}
          findingExtra={findingActions}
        />
        <aside className="report-side">
          {!call.moodHidden && <MoodTimeline points={moodTimeline(call.turns)} turns={call.turns} />}
          <PlanningNotesView notes={call.planningNotes} title={t("plan")} empty={tCall("noPlan")} />
        </aside>
      </div>
    </>
  );
});
