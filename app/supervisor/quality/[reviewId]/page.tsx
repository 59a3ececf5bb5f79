import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ScoreSummary } from "@/app/_components/score-summary";
import { TranscriptWithFindings } from "@/app/_components/transcript-with-findings";
import { guardPage } from "@/app/_lib/guard-page";
import { getPrisma } from "@/lib/db/get-database";
import { getQualityReview } from "@/lib/quality-review/get-quality-review";
import { describeRules } from "@/lib/reports/describe-rules";
import { RefreshWhilePending } from "../../_components/refresh-while-pending";
import type { TLanguage } from "@/lib/transcript/transcript-schema";

export default guardPage<{ reviewId: string }>("/supervisor/quality/[reviewId]", async ({ viewer, params, searchParams }) => {
  const page = Number(typeof searchParams.page === "string" ? searchParams.page : "1");
  const review = await getPrisma().then((prisma) => getQualityReview(prisma, { viewer, reviewId: params.reviewId, page }));
  const [t, format, locale] = await Promise.all([getTranslations("supervisor"), getFormatter(), getLocale() as Promise<TLanguage>]);
  const meta = (
    <>
      <dt>{t("dashboard.team")}</dt>
      <dd>{review.team?.name ?? "—"}</dd>
      <dt>{t("quality.uploadedBy")}</dt>
      <dd>{review.uploadedBy?.name ?? "—"}</dd>
      <dt>{t("quality.collector")}</dt>
      <dd data-collector={review.collector?.id}>{review.collector?.name ?? "—"}</dd>
      {review.transcriptId && review.fileName && (
        <>
          <dt>{t("quality.file")}</dt>
          <dd>{review.fileName}</dd>
        </>
      )}
      <dt>{t("quality.uploadedAt")}</dt>
      <dd>{format.dateTime(review.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
    </>
  );
  if (!review.scored) {
    const { status, failure } = review.progress;
    return (
      <>
        <h1>{t("quality.reviewTitle", { file: review.transcriptId ?? review.fileName ?? review.id })}</h1>
        <dl className="meta">
          {meta}
          <dt>{t("quality.status")}</dt>
          <dd>{t(status === "failed" ? "quality.statusFailed" : status === "scoring" ? "quality.statusScoring" : "quality.statusQueued")}</dd>
        </dl>
        <p role="status" className={status === "failed" ? "error" : undefined}>
          {status === "failed" ? t("quality.notScoredFailed", { failure: failure ?? "" }) : t("quality.notScoredYet")}
        </p>
        <RefreshWhilePending pending={status !== "failed"} />
      </>
    );
  }
  const { report, transcript, page: shown } = review.scored;
  const last = shown.firstTurn + transcript.turns.length;
  const pageLink = (to: number) => `/supervisor/quality/${encodeURIComponent(review.id)}?page=${to}`;
  const range = t("quality.turnsShown", { first: shown.firstTurn + 1, last, total: shown.totalTurns });
  const pager = shown.count > 1 && (
    <nav className="pager" aria-label={range}>
      <span>{range}</span> {shown.number > 1 && <a href={pageLink(shown.number - 1)}>{t("quality.previousTurns")}</a>}{" "}
      {shown.number < shown.count && <a href={pageLink(shown.number + 1)}>{t("quality.nextTurns")}</a>}
    </nav>
  );
  return (
    <>
      <h1>{t("quality.reviewTitle", { file: review.transcriptId ?? review.fileName ?? review.id })}</h1>
      <dl className="meta">
        {meta}
        <dt>{t("call.ruleset")}</dt>
        <dd>{report.ruleset}</dd>
        <dt>{t("quality.language")}</dt>
        <dd>{transcript.language}</dd>
      </dl>
      {/* A real call is passed or not: "not really held" is a rule of practice figures (wasHeld). */}
      <ScoreSummary scores={report.scores} verdict={{ passed: report.passed, failReasons: report.failReasons }} locale={locale} />
      {pager}
      <TranscriptWithFindings
        turns={transcript.turns}
        firstTurn={shown.firstTurn}
        totalTurns={shown.totalTurns}
        findings={report.findings}
        rules={describeRules(report, locale)}
        locale={locale}
      />
      {pager}
    </>
  );
});
