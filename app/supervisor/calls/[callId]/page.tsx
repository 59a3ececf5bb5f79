import { getFormatter, getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { DisputeList } from "@/app/_components/dispute-list";
import { ScoreSummary } from "@/app/_components/score-summary";
import { TranscriptWithFindings } from "@/app/_components/transcript-with-findings";
import { guardPage } from "@/app/_lib/guard-page";
import { getPrisma } from "@/lib/db/get-database";
import { listCallDisputes } from "@/lib/disputes/list-call-disputes";
import type { TLocale } from "@/lib/i18n/locales";
import { describeRules } from "@/lib/reports/describe-rules";
import { getCallReview } from "@/lib/reports/get-call-review";
import { listReviewComments } from "@/lib/reviews/list-review-comments";
import { textIn } from "@/lib/scenarios/scenario-text";
import { CommentForm } from "../../_components/comment-form";
import { DecideDisputeForm } from "../../_components/decide-dispute-form";

export default guardPage<{ callId: string }>("/supervisor/calls/[callId]", async ({ viewer, params }) => {
  const prisma = await getPrisma();
  const review = await getCallReview(prisma, { viewer, callId: params.callId });
  const [comments, { disputes }, t, tOutcome, format, locale, timeZone] = await Promise.all([
    listReviewComments(prisma, { viewer, callId: review.callId }),
    listCallDisputes(prisma, { viewer, callId: review.callId }),
    getTranslations("supervisor"),
    getTranslations("outcome"),
    getFormatter(),
    getLocale() as Promise<TLocale>,
    getTimeZone(),
  ]);
  const { report, scenario } = review;
  return (
    <>
      <h1>
        {t("call.title")}: {review.trainee.name}
      </h1>
      <dl className="meta">
        <dt>{t("scenario")}</dt>
        <dd>
          {t("call.scenarioVersion", { scenario: textIn(scenario.title, locale), version: scenario.version })} (<code>{scenario.id}</code>)
        </dd>
        <dt>{t("call.ruleset")}</dt>
        <dd>{scenario.ruleset}</dd>
        <dt>{t("call.started")}</dt>
        <dd>{format.dateTime(review.startedAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
        <dt>{t("outcome")}</dt>
        <dd>{review.outcome ? tOutcome(review.outcome) : "—"}</dd>
        {report && (
          <>
            <dt>{t("call.scored")}</dt>
            <dd>{format.dateTime(report.scoredAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
          </>
        )}
      </dl>
      {report ? <ScoreSummary scores={report.scores} verdict={report} locale={locale} /> : <p>{t("call.notScored")}</p>}
      {disputes.length > 0 && (
        <section aria-labelledby="disputes-title" className="no-print">
          <h2 id="disputes-title">{t("disputes.title")}</h2>
          <p className="intro">{t("disputes.intro")}</p>
          <DisputeList disputes={disputes} audience="supervisor" locale={locale} decide={(disputeId) => <DecideDisputeForm disputeId={disputeId} />} />
        </section>
      )}
      <TranscriptWithFindings
        turns={review.turns}
        findings={report?.findings ?? []}
        rules={report ? describeRules(report, locale) : {}}
        locale={locale}
        timeZone={timeZone}
        comments={comments}
      />
      <section aria-labelledby="comments-title" className="no-print">
        <h2 id="comments-title">{t("call.comments")}</h2>
        <p className="intro">{t("call.commentsHint")}</p>
        {comments.length === 0 && <p>{t("call.noComments")}</p>}
        <CommentForm callId={review.callId} turns={review.turns.map(({ index, text }) => ({ index, text }))} />
      </section>
    </>
  );
});
