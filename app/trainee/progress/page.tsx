import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { guardPage } from "@/app/_lib/guard-page";
import { getPrisma } from "@/lib/db/get-database";
import { getTraineeProgress } from "@/lib/progress/get-trainee-progress";
import { listCollectorReviews } from "@/lib/quality-review/list-collector-reviews";
import { ScoreTrendChart } from "@/app/_components/score-trend-chart";
import { textIn } from "@/lib/i18n/localized-text";
import { ZLanguage } from "@/lib/transcript/transcript-schema";

const SCORE_KEYS = ["overall", "empathy", "accuracy", "compliance"] as const;

/** The trainee's own history, scores over time per dimension, and the rules they break most. */
export default guardPage("/trainee/progress", async ({ viewer }) => {
  const locale = ZLanguage.parse(await getLocale());
  const [progress, realCalls, t, tOutcome, tScores, format] = await Promise.all([
    getPrisma().then((prisma) => getTraineeProgress(prisma, { viewer, locale })),
    getPrisma().then((prisma) => listCollectorReviews(prisma, { viewer })),
    getTranslations("trainee.progress"),
    getTranslations("outcome"),
    getTranslations("scoreReport"),
    getFormatter(),
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const points = progress.scoresOverTime.map(({ attempt, startedAt, overall, empathy, accuracy, compliance }) => ({
    label: `${t("attempt", { n: attempt })} · ${format.dateTime(startedAt, { month: "numeric", day: "numeric" })}`,
    overall,
    empathy,
    accuracy,
    compliance,
  }));
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="intro">{t("intro")}</p>
      {progress.history.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          {progress.scoredCalls > 0 && <p>{t("passed", { passed: progress.passed, calls: progress.scoredCalls })}</p>}
          {progress.notHeld > 0 && <p className="muted">{t("notHeld", { count: progress.notHeld })}</p>}
          {points.length > 0 && (
            <section aria-labelledby="chart-title" className="card chart">
              <h2 id="chart-title">{t("chart")}</h2>
              <p className="muted">{t("chartHint")}</p>
              <ScoreTrendChart data={points} xKey="label" height={300} />
            </section>
          )}
          <section aria-labelledby="rules-title">
            <h2 id="rules-title">{t("rules")}</h2>
            {progress.rulesBroken.length === 0 ? (
              <p>{t("noRules")}</p>
            ) : (
              <div className="table-scroll">
                <table className="rules-broken">
                  <thead>
                    <tr>
                      <th scope="col">{t("rule")}</th>
                      <th scope="col">{t("faults")}</th>
                      <th scope="col">{t("calls")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {progress.rulesBroken.map((rule) => (
                      <tr key={rule.ruleId} data-rule-id={rule.ruleId}>
                        <td>
                          <code>{rule.ruleId}</code> {rule.title}
                        </td>
                        <td>{rule.faults}</td>
                        <td>{rule.calls}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section aria-labelledby="history-title">
            <h2 id="history-title">{t("history")}</h2>
            <div className="table-scroll">
              <table className="call-history">
                <thead>
                  <tr>
                    <th scope="col">{t("date")}</th>
                    <th scope="col">{t("scenario")}</th>
                    <th scope="col">{t("outcome")}</th>
                    {SCORE_KEYS.map((key) => (
                      <th key={key} scope="col">
                        {tScores(key)}
                      </th>
                    ))}
                    <th scope="col">{t("report")}</th>
                  </tr>
                </thead>
                <tbody>
                  {progress.history.map((call) => (
                    <tr key={call.callId} data-call-id={call.callId}>
                      <td>{when(call.startedAt)}</td>
                      <td>{textIn(call.scenario.title, locale)}</td>
                      <td>{tOutcome(call.outcome ?? "active")}</td>
                      {SCORE_KEYS.map((key) => (
                        <td key={key}>{call.scores?.[key] ?? "—"}</td>
                      ))}
                      <td>
                        {call.status === "ended" ? (
                          <Link href={`/trainee/calls/${call.callId}/report`}>{t("openReport")}</Link>
                        ) : (
                          <Link href={`/trainee/calls/${call.callId}`}>{t("continueCall")}</Link>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
      {realCalls.reviews.length > 0 && (
        <section aria-labelledby="real-calls-title" className="card real-calls">
          <h2 id="real-calls-title">{t("realCalls")}</h2>
          <p className="intro">{t("realCallsIntro")}</p>
          <p>{t("realCallsPassed", { passed: realCalls.passed, calls: realCalls.reviews.length })}</p>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("date")}</th>
                  <th scope="col">{t("realCall")}</th>
                  {SCORE_KEYS.map((key) => (
                    <th key={key} scope="col">
                      {tScores(key)}
                    </th>
                  ))}
                  <th scope="col">{t("result")}</th>
                  <th scope="col">{t("rulesBrokenColumn")}</th>
                </tr>
              </thead>
              <tbody>
                {realCalls.reviews.map((review) => (
                  <tr key={review.reviewId} data-review-id={review.reviewId}>
                    <td>{when(review.createdAt)}</td>
                    <td>
                      <code>{review.name}</code>
                    </td>
                    {SCORE_KEYS.map((key) => (
                      <td key={key}>{review.scores[key]}</td>
                    ))}
                    <td className={review.passed ? "ok" : "error"}>{review.passed ? tScores("passed") : tScores("notPassed")}</td>
                    <td>{review.rulesBroken.length === 0 ? "—" : review.rulesBroken.map((rule) => <code key={rule}>{rule} </code>)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
});
