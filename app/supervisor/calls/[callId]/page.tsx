import { getFormatter, getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { DisputeList } from "@/app/_components/dispute-list";
import { ScoreSummary } from "@/app/_components/score-summary";
import { TranscriptWithFindings } from "@/app/_components/transcript-with-findings";
import { guardPage } from "@/app/_lib/guard-page";
import { getPrisma } from "@/lib/db/get-database";
import { listCallDisputes } from "@/lib/disputes/list-call-disputes";
import { listJudgeProposals } from "@/lib/disputes/list-judge-proposals";
import { describeRules } from "@/lib/reports/describe-rules";
import { getCallReview } from "@/lib/reports/get-call-review";
import { listReviewComments } from "@/lib/reviews/list-review-comments";
import { CommentForm } from "../../_components/comment-form";
import { DecideDisputeForm } from "../../_components/decide-dispute-form";
import { DecideProposalForm } from "../../_components/decide-proposal-form";
import { textIn } from "@/lib/i18n/localized-text";
import type { TLanguage } from "@/lib/transcript/transcript-schema";

export default guardPage<{ callId: string }>("/supervisor/calls/[callId]", async ({ viewer, params }) => {
  const prisma = await getPrisma();
  const review = await getCallReview(prisma, { viewer, callId: params.callId });
  const [comments, { disputes }, proposals, t, tOutcome, format, locale, timeZone] = await Promise.all([
    listReviewComments(prisma, { viewer, callId: review.callId }),
    listCallDisputes(prisma, { viewer, callId: review.callId }),
    listJudgeProposals(prisma, { viewer, callId: review.callId }),
    getTranslations("supervisor"),
    getTranslations("outcome"),
    getFormatter(),
    getLocale() as Promise<TLanguage>,
    getTimeZone(),
  ]);
  const { report, scenario } = review;
  const keyOf = (finding: { turn: number; category: string; ruleId: string; evidence: string }) => `${finding.turn}|${finding.category}|${finding.ruleId}|${finding.evidence}`;
  const openProposals = new Set(proposals.open.map(keyOf));
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
      {(proposals.open.length > 0 || proposals.decided.length > 0) && (
        <section aria-labelledby="proposals-title" className="no-print judge-proposals">
          <h2 id="proposals-title">{t("proposals.title")}</h2>
          <p className="intro">{t("proposals.intro")}</p>
          {proposals.open.length > 0 && (
            <p>
              {t("proposals.open", { count: proposals.open.length })}:{" "}
              {proposals.open.map((finding) => (
                <a key={keyOf(finding)} href={`#turn-${finding.turn}`}>
                  <code>{finding.ruleId}</code>{" "}
                </a>
              ))}
            </p>
          )}
          <ul className="plain">
            {proposals.decided.map((decision) => (
              <li key={decision.id} data-proposal-status={decision.status}>
                <a href={`#turn-${decision.turn}`}>
                  <code>{decision.ruleId}</code>
                </a>{" "}
                <q>{decision.evidence}</q>:{" "}
                {decision.status === "accepted"
                  ? t("proposals.accepted", { name: decision.decidedBy ?? "—" })
                  : t("proposals.rejected", { name: decision.decidedBy ?? "—", reply: decision.reply ?? "" })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <TranscriptWithFindings
        findingExtra={(finding) => {
          if (finding.source !== "llm_judge") return null;
          if (openProposals.has(keyOf(finding)))
            return <DecideProposalForm callId={review.callId} proposal={{ turn: finding.turn, category: finding.category, ruleId: finding.ruleId, evidence: finding.evidence }} />;
          // A rejected proposal stays in the report: the reason is said where it is read.
          const rejected = proposals.decided.find((decision) => decision.status === "rejected" && keyOf(decision) === keyOf(finding));
          return rejected ? <p className="proposal-rejected">{t("proposals.rejected", { name: rejected.decidedBy ?? "—", reply: rejected.reply ?? "" })}</p> : null;
        }}
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
