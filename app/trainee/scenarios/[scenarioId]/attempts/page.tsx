import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { MoodChart } from "@/app/_components/mood-chart";
import { guardPage } from "@/app/_lib/guard-page";
import { getPrisma } from "@/lib/db/get-database";
import { compareAttempts } from "@/lib/progress/compare-attempts";
import { textIn } from "@/lib/i18n/localized-text";
import { ZLanguage } from "@/lib/transcript/transcript-schema";

const SCORE_KEYS = ["overall", "empathy", "accuracy", "compliance"] as const;

/** The trainee's attempts at one scenario side by side: scores, pass or not, rules broken, the customer's mood. */
export default guardPage<{ scenarioId: string }>("/trainee/scenarios/[scenarioId]/attempts", async ({ viewer, params }) => {
  const [{ title, attempts }, t, tScores, tMood, format, locale] = await Promise.all([
    getPrisma().then((prisma) => compareAttempts(prisma, { viewer, scenarioId: params.scenarioId })),
    getTranslations("trainee.compareAttempts"),
    getTranslations("scoreReport"),
    getTranslations("mood"),
    getFormatter(),
    getLocale().then((value) => ZLanguage.parse(value)),
  ]);
  return (
    <>
      <h1>{t("title", { scenario: textIn(title, locale) })}</h1>
      <p className="intro">{t("intro")}</p>
      {attempts.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="attempts">
            <thead>
              <tr>
                <th scope="col">{t("measure")}</th>
                {attempts.map((attempt, order) => (
                  <th key={attempt.callId} scope="col" data-call-id={attempt.callId}>
                    {t("call", { n: order + 1 })}
                    <br />
                    <span className="muted">{format.dateTime(attempt.startedAt, { dateStyle: "medium", timeStyle: "short" })}</span>
                    <br />
                    <Link href={`/trainee/calls/${attempt.callId}/report`}>{t("openReport")}</Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {SCORE_KEYS.map((key) => (
                <tr key={key} data-measure={key}>
                  <th scope="row">{tScores(key)}</th>
                  {attempts.map((attempt) => (
                    <td key={attempt.callId}>{attempt.scores[key]}</td>
                  ))}
                </tr>
              ))}
              <tr data-measure="result">
                <th scope="row">{t("result")}</th>
                {attempts.map((attempt) => (
                  <td key={attempt.callId}>{attempt.passed ? t("passed") : t("notPassed")}</td>
                ))}
              </tr>
              <tr data-measure="rules">
                <th scope="row">{t("rules")}</th>
                {attempts.map((attempt) => (
                  <td key={attempt.callId}>{attempt.rulesBroken.length === 0 ? t("noRules") : attempt.rulesBroken.map((rule) => <code key={rule}>{rule} </code>)}</td>
                ))}
              </tr>
              <tr data-measure="mood">
                <th scope="row">{t("mood")}</th>
                {attempts.map((attempt) => {
                  const [first, last] = [attempt.mood[0], attempt.mood.at(-1)];
                  return (
                    <td key={attempt.callId} className="attempt-mood">
                      <MoodChart points={attempt.mood} />
                      {first && last && <span>{t("moodWords", { first: tMood(first.mood), last: tMood(last.mood) })}</span>}
                    </td>
                  );
                })}
              </tr>
            </tbody>
          </table>
        </div>
      )}
    </>
  );
});
