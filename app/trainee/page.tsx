import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { guardPage } from "@/app/_lib/guard-page";
import { ScenarioTags } from "@/app/_lib/scenario-tags";
import { getPrisma } from "@/lib/db/get-database";
import { filterScenarios, ZScenarioFilter } from "@/lib/progress/scenario-filter";
import { listTraineeScenarios } from "@/lib/scenario-store/list-trainee-scenarios";
import { ScenarioFilterForm } from "./_components/scenario-filter-form";
import { textIn } from "@/lib/i18n/localized-text";
import { ZLanguage } from "@/lib/transcript/transcript-schema";

/** My scenarios: assigned first (due dates), then the library; filters in the URL, so they work without JavaScript. */
export default guardPage("/trainee", async ({ viewer, searchParams }) => {
  const [all, t, format, locale] = await Promise.all([
    getPrisma().then((prisma) => listTraineeScenarios(prisma, viewer)),
    getTranslations("trainee"),
    getFormatter(),
    getLocale().then((value) => ZLanguage.parse(value)),
  ]);
  const filter = ZScenarioFilter.parse(searchParams);
  const rows = filterScenarios(all, filter);
  const sections = [
    { id: "assigned", title: t("assigned"), rows: rows.filter((row) => row.assigned) },
    { id: "library", title: t("library"), rows: rows.filter((row) => !row.assigned) },
  ];
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="intro">{t("intro")}</p>
      {all.length === 0 ? <p>{t("none")}</p> : <ScenarioFilterForm rows={all} filter={filter} />}
      {all.length > 0 && rows.length === 0 && <p>{t("filters.noMatch")}</p>}
      {sections
        .filter((section) => section.rows.length > 0)
        .map((section) => (
          <section key={section.id} aria-labelledby={`section-${section.id}`}>
            <h2 id={`section-${section.id}`}>{section.title}</h2>
            <div className="grid">
              {section.rows.map((row) => (
                <article key={row.id} className="card" data-scenario-id={row.id}>
                  <h3>{textIn(row.titles, locale)}</h3>
                  <ScenarioTags summary={row} />
                  <p>{textIn(row.summary, locale)}</p>
                  {row.dueAt && (
                    <p>
                      <strong>{t("due", { date: format.dateTime(row.dueAt, { dateStyle: "medium" }) })}</strong>
                    </p>
                  )}
                  <p className="muted">
                    {t("attempts", { count: row.attempts })}
                    {row.bestScore !== null && <> · {t("bestScore", { score: row.bestScore })}</>}
                    {row.abandoned > 0 && <> · {t("abandoned", { count: row.abandoned })}</>}
                  </p>
                  {row.openCallId && (
                    <p>
                      <Link href={`/trainee/calls/${row.openCallId}`}>{t("continueOpen")}</Link>
                    </p>
                  )}
                  <Link className="button" href={`/trainee/scenarios/${row.id}`} aria-label={`${t("startCall")}: ${textIn(row.titles, locale)}`}>
                    {t("startCall")}
                  </Link>
                </article>
              ))}
            </div>
          </section>
        ))}
    </>
  );
});
