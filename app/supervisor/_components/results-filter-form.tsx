import type { Route } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { listResultFilterOptions } from "@/lib/reports/list-result-filter-options";
import { textIn } from "@/lib/i18n/localized-text";
import type { TLanguage } from "@/lib/transcript/transcript-schema";

type Props<T extends string> = {
  action: Route<T>;
  options: Awaited<ReturnType<typeof listResultFilterOptions>>;
  values: Record<string, string | undefined>;
  /** Set on a team's own page, where the team is the page and not a choice. */
  fixedTeamId?: string;
};

/** A plain GET form, so filters live in the URL, work without script and survive a reload. */
export async function ResultsFilterForm<T extends string>({ action, options, values, fixedTeamId }: Props<T>) {
  const [t, locale] = await Promise.all([getTranslations("supervisor.filters"), getLocale() as Promise<TLanguage>]);
  const teamId = fixedTeamId ?? values.teamId;
  const trainees = options.trainees.filter((trainee) => !teamId || trainee.teamIds.includes(teamId));
  return (
    <form method="get" action={action} className="card filters" aria-label={t("title")}>
      <div className="row">
        {!fixedTeamId && (
          <div>
            <label htmlFor="filter-team">{t("team")}</label>
            <select id="filter-team" name="teamId" defaultValue={values.teamId ?? ""}>
              <option value="">{t("allTeams")}</option>
              {options.teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div>
          <label htmlFor="filter-trainee">{t("trainee")}</label>
          <select id="filter-trainee" name="traineeId" defaultValue={values.traineeId ?? ""}>
            <option value="">{t("allTrainees")}</option>
            {trainees.map((trainee) => (
              <option key={trainee.id} value={trainee.id}>
                {trainee.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-scenario">{t("scenario")}</label>
          <select id="filter-scenario" name="scenarioId" defaultValue={values.scenarioId ?? ""}>
            <option value="">{t("allScenarios")}</option>
            {options.scenarios.map((scenario) => (
              <option key={scenario.id} value={scenario.id}>
                {textIn(scenario.title, locale)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-from">{t("from")}</label>
          <input id="filter-from" name="from" type="date" defaultValue={values.from ?? ""} />
        </div>
        <div>
          <label htmlFor="filter-to">{t("to")}</label>
          <input id="filter-to" name="to" type="date" defaultValue={values.to ?? ""} />
        </div>
      </div>
      <p className="row">
        <button type="submit">{t("apply")}</button>
        <Link href={action}>{t("clear")}</Link>
      </p>
    </form>
  );
}
