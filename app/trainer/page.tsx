import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { guardPage } from "@/app/_lib/guard-page";
import { ScenarioTags } from "@/app/_lib/scenario-tags";
import { ImportScenarioForm } from "@/app/trainer/_components/import-scenario-form";
import { getPrisma } from "@/lib/db/get-database";
import { listLatestScenarios } from "@/lib/scenario-store/list-latest-scenarios";
import { summariseScenario } from "@/lib/scenarios/summarise-scenario";

export default guardPage("/trainer", async () => {
  const [scenarios, t, tScenario, locale] = await Promise.all([getPrisma().then(listLatestScenarios), getTranslations("trainer"), getTranslations("scenario"), getLocale()]);
  const key = locale === "zh-CN" ? "zh" : "en";
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="intro">{t("intro")}</p>
      <p className="row">
        <Link className="button" href="/trainer/scenarios/new">
          {t("newScenario")}
        </Link>
        <Link href="/trainer/real-calls">{t("fromRealCall")}</Link>
        <Link href="/trainer/assignments">{t("assignments")}</Link>
      </p>
      {scenarios.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{tScenario("id")}</th>
              <th scope="col">{tScenario("title")}</th>
              <th scope="col">{t("customerAndDifficulty")}</th>
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {scenarios.map(({ scenario, version }) => {
              const base = `/trainer/scenarios/${encodeURIComponent(scenario.id)}` as const;
              return (
                <tr key={scenario.id} data-scenario-id={scenario.id}>
                  <td>
                    <code>{scenario.id}</code> {t("version", { version })}
                  </td>
                  <td>
                    <Link href={base}>{scenario.title[key]}</Link>
                  </td>
                  <td>
                    <ScenarioTags summary={summariseScenario(scenario)} />
                  </td>
                  <td>
                    <div className="row">
                      <Link href={`${base}/versions`}>{t("versions")}</Link>
                      <Link href={`${base}/results`}>{t("results")}</Link>
                      <Link href={`/trainer/assignments?scenario=${encodeURIComponent(scenario.id)}`}>{t("assignAction")}</Link>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <ImportScenarioForm url="/api/trainer/scenarios" title={t("import.asNewScenario")} />
    </>
  );
});
