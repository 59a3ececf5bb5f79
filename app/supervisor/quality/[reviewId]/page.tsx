import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ScoreSummary } from "@/app/_components/score-summary";
import { TranscriptWithFindings } from "@/app/_components/transcript-with-findings";
import { guardPage } from "@/app/_lib/guard-page";
import { getPrisma } from "@/lib/db/get-database";
import type { TLocale } from "@/lib/i18n/locales";
import { getQualityReview } from "@/lib/quality-review/get-quality-review";
import { describeRules } from "@/lib/reports/describe-rules";

export default guardPage<{ reviewId: string }>("/supervisor/quality/[reviewId]", async ({ viewer, params }) => {
  const review = await getPrisma().then((prisma) => getQualityReview(prisma, { viewer, reviewId: params.reviewId }));
  const [t, format, locale] = await Promise.all([getTranslations("supervisor"), getFormatter(), getLocale() as Promise<TLocale>]);
  const { report, transcript } = review;
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
      <TranscriptWithFindings turns={transcript.turns} findings={report.findings} rules={describeRules(report, locale)} locale={locale} />
    </>
  );
});
