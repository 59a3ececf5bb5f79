import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ScoreSummary } from "@/app/_components/score-summary";
import { TranscriptWithFindings } from "@/app/_components/transcript-with-findings";
import { guardPage } from "@/app/_lib/guard-page";
import { getPrisma } from "@/lib/db/get-database";
import type { TLocale } from "@/lib/i18n/locales";
import { getQualityReview } from "@/lib/quality-review/get-quality-review";
import { describeRules } from "@/lib/reports/describe-rules";

/** Turns per page: a 10,000-turn upload reads page by page instead of as one page of tens of MB. */
const PAGE_TURNS = 200;

export default guardPage<{ reviewId: string }>("/supervisor/quality/[reviewId]", async ({ viewer, params, searchParams }) => {
  const review = await getPrisma().then((prisma) => getQualityReview(prisma, { viewer, reviewId: params.reviewId }));
  const [t, format, locale] = await Promise.all([getTranslations("supervisor"), getFormatter(), getLocale() as Promise<TLocale>]);
  const { report, transcript } = review;
  const total = transcript.turns.length;
  const pages = Math.max(1, Math.ceil(total / PAGE_TURNS));
  const requested = Number(typeof searchParams.page === "string" ? searchParams.page : "1");
  const page = Number.isInteger(requested) ? Math.min(Math.max(requested, 1), pages) : 1;
  const first = (page - 1) * PAGE_TURNS;
  const shown = transcript.turns.slice(first, first + PAGE_TURNS);
  const pageLink = (to: number) => `/supervisor/quality/${encodeURIComponent(review.id)}?page=${to}`;
  const pager = pages > 1 && (
    <nav className="pager" aria-label={t("quality.turnsShown", { first: first + 1, last: first + shown.length, total })}>
      <span>{t("quality.turnsShown", { first: first + 1, last: first + shown.length, total })}</span> {page > 1 && <a href={pageLink(page - 1)}>{t("quality.previousTurns")}</a>}{" "}
      {page < pages && <a href={pageLink(page + 1)}>{t("quality.nextTurns")}</a>}
    </nav>
  );
  return (
    <>
      <h1>{t("quality.reviewTitle", { file: review.fileName ?? review.id })}</h1>
      <dl className="meta">
        <dt>{t("dashboard.team")}</dt>
        <dd>{review.team?.name ?? "—"}</dd>
        <dt>{t("quality.uploadedBy")}</dt>
        <dd>{review.uploadedBy?.name ?? "—"}</dd>
        <dt>{t("quality.uploadedAt")}</dt>
        <dd>{format.dateTime(review.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
        <dt>{t("call.ruleset")}</dt>
        <dd>{report.ruleset}</dd>
        <dt>{t("quality.language")}</dt>
        <dd>{transcript.language}</dd>
      </dl>
      <ScoreSummary scores={report.scores} verdict={report} locale={locale} />
      {pager}
      <TranscriptWithFindings
        turns={shown}
        firstTurn={first}
        totalTurns={total}
        findings={report.findings.filter((finding) => finding.turn >= first && (finding.turn < first + PAGE_TURNS || finding.turn >= total))}
        rules={describeRules(report, locale)}
        locale={locale}
      />
      {pager}
    </>
  );
});
