import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { RulesBrokenTable } from "@/app/_components/rules-broken-table";
import { guardPage } from "@/app/_lib/guard-page";
import { getPrisma } from "@/lib/db/get-database";
import { getScenarioResults } from "@/lib/reports/get-scenario-results";
import { textIn } from "@/lib/i18n/localized-text";
import { ZLanguage } from "@/lib/transcript/transcript-schema";

/** How one scenario went for the trainees of the trainer's teams: attempts, pass rate, rules broken most, hidden facts most often missed. */
export default guardPage<{ scenarioId: string }>("/trainer/scenarios/[scenarioId]/results", async ({ viewer, params }) => {
  const [results, t, format, locale] = await Promise.all([
    getPrisma().then((prisma) => getScenarioResults(prisma, { viewer, scenarioId: params.scenarioId })),
    getTranslations("trainer.scenarioResults"),
    getFormatter(),
    getLocale().then((value) => ZLanguage.parse(value)),
  ]);
  const base = `/trainer/scenarios/${encodeURIComponent(results.scenarioId)}` as const;
  return (
    <>
      <h1>{t("title", { scenario: textIn(results.title, locale) })}</h1>
      <p className="intro">{t("intro")}</p>
      <p className="row">
        <Link href={base}>{t("edit")}</Link>
        <Link href={`/supervisor?scenarioId=${encodeURIComponent(results.scenarioId)}`}>{t("dashboard")}</Link>
      </p>
      <div className="grid stats">
        {(
          [
            ["trainees", format.number(results.trainees)],
            ["calls", format.number(results.calls)],
            ["passRate", results.passRate === null ? "—" : format.number(results.passRate, { style: "percent", maximumFractionDigits: 0 })],
          ] as const
        ).map(([key, value]) => (
          <section key={key} className="card" aria-labelledby={`stat-${key}`}>
            <h2 id={`stat-${key}`}>{t(key)}</h2>
            <p className="stat" data-stat={key}>
              {value}
            </p>
          </section>
        ))}
      </div>
      <p className="muted" data-figure="unscored">
        {t("unscored", { notHeld: results.notHeld, abandoned: results.abandoned })}
      </p>
      {results.calls === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <section className="card" aria-labelledby="rules-title">
            <h2 id="rules-title">{t("rulesBroken")}</h2>
            {results.rulesBroken.length === 0 ? <p>{t("noRules")}</p> : <RulesBrokenTable rules={results.rulesBroken} locale={locale} className="scenario-rules" />}
          </section>
          <section className="card" aria-labelledby="facts-title">
            <h2 id="facts-title">{t("factsMissed")}</h2>
            <p className="muted">{t("factsIntro")}</p>
            {results.factsMissed.length === 0 ? (
              <p>{t("noFacts")}</p>
            ) : (
              <table className="scenario-facts">
                <thead>
                  <tr>
                    <th scope="col">{t("fact")}</th>
                    <th scope="col">{t("missed")}</th>
                  </tr>
                </thead>
                <tbody>
                  {results.factsMissed.map((fact) => (
                    <tr key={fact.id} data-fact={fact.id}>
                      <td>
                        <code>{fact.id}</code> {fact.fact}
                      </td>
                      <td>{t("missedOf", { missed: fact.missed, calls: fact.calls })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </>
  );
});
