import type { Route } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { TViewer } from "@/lib/auth/get-viewer";
import { getPrisma } from "@/lib/db/get-database";
import { AppError } from "@/lib/errors/app-error";
import { PASS_MARK } from "@/lib/reports/assess-result";
import { ruleTitle } from "@/lib/reports/describe-rules";
import { getTeamDashboard } from "@/lib/reports/get-team-dashboard";
import { listResultFilterOptions } from "@/lib/reports/list-result-filter-options";
import { ZResultsFilter, resultsFilterInput, resultsFilterQuery } from "@/lib/reports/results-filter";
import { RulesBrokenTable } from "@/app/_components/rules-broken-table";
import { ScoreTrendChart } from "@/app/_components/score-trend-chart";
import { RulesBrokenChart } from "./dashboard-charts";
import { ResultsFilterForm } from "./results-filter-form";
import { textIn } from "@/lib/i18n/localized-text";
import type { TLanguage } from "@/lib/transcript/transcript-schema";

type Props<T extends string> = {
  viewer: TViewer;
  searchParams: Record<string, string | string[] | undefined>;
  /** The page's path, where the filter form submits. */
  path: Route<T>;
  /** A team's own page fixes the team filter. */
  teamId?: string;
};

const FIELD_LABEL = { teamId: "team", traineeId: "trainee", scenarioId: "scenario", from: "from", to: "to" } as const;

/** The supervisor's dashboard under the URL's filters: figures, charts and the latest calls. */
export async function DashboardView<T extends string>({ viewer, searchParams, path, teamId }: Props<T>) {
  const values = { ...resultsFilterInput(searchParams), ...(teamId ? { teamId } : {}) };
  const prisma = await getPrisma();
  const [t, tOutcome, format, options, locale] = await Promise.all([
    getTranslations("supervisor"),
    getTranslations("outcome"),
    getFormatter(),
    listResultFilterOptions(prisma, viewer),
    getLocale() as Promise<TLanguage>,
  ]);
  const form = <ResultsFilterForm action={path} options={options} values={values} fixedTeamId={teamId} />;
  const parsed = ZResultsFilter.safeParse(values);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => t(`filters.${FIELD_LABEL[issue.path[0] as keyof typeof FIELD_LABEL]}`)).join(", ");
    return (
      <>
        {form}
        <p role="alert" className="error">
          {t("filters.invalid", { fields })}
        </p>
      </>
    );
  }
  const dashboard = await getTeamDashboard(prisma, { viewer, filter: parsed.data }).catch((error: unknown) => {
    // Rendered inside the page, after its guard: another team's id is refused here, in words.
    if (error instanceof AppError && error.code === "forbidden") return null;
    throw error;
  });
  if (!dashboard)
    return (
      <>
        {form}
        <p role="alert" className="error">
          {t("filters.notYourTeam")}
        </p>
      </>
    );
  const query = resultsFilterQuery(parsed.data);
  const percent = (share: number | null) => (share === null ? "—" : format.number(share, { style: "percent", maximumFractionDigits: 1 }));
  const rulesBroken = dashboard.rulesBroken.map((rule) => ({ ...rule, title: ruleTitle(rule.ruleId, locale) ?? rule.ruleId }));
  const scenarioTitles = new Map(options.scenarios.map((scenario) => [scenario.id, textIn(scenario.title, locale)]));

  return (
    <>
      {form}
      <p className="row">
        <a className="button" href={`/api/supervisor/export?${query}`} download>
          {t("dashboard.exportCsv")}
        </a>
        <Link className="button secondary" href={`/supervisor/print?${query}`}>
          {t("dashboard.print")}
        </Link>
      </p>
      <div className="grid stats">
        <Stat stat="calls" title={t("dashboard.calls")} value={format.number(dashboard.calls)} />
        <Stat stat="pass-rate" title={t("dashboard.passRate")} value={percent(dashboard.passRate)} hint={t("dashboard.passDefinition", { mark: PASS_MARK })} />
        <Stat stat="not-held" title={t("dashboard.notHeld")} value={format.number(dashboard.notHeld)} hint={t("dashboard.notHeldHint")} />
        <Stat stat="overridden" title={t("disputes.overridden")} value={format.number(dashboard.overridden)} hint={t("disputes.overriddenHint")} />
        <Stat stat="proposals-accepted" title={t("proposals.acceptedCount")} value={format.number(dashboard.proposalsAccepted)} hint={t("proposals.acceptedHint")} />
      </div>
      {dashboard.recent.length === 0 ? (
        <p>{t("dashboard.noData")}</p>
      ) : (
        <>
          <figure className="card chart">
            <figcaption>
              <h2>{t("dashboard.scoresOverTime")}</h2>
              <p className="intro">{t("dashboard.scoresOverTimeHint")}</p>
              <p className="intro" data-time-zone={dashboard.timeZone}>
                {t("dashboard.daysIn", { zone: dashboard.timeZone })}
              </p>
            </figcaption>
            <ScoreTrendChart data={dashboard.scoresOverTime} xKey="day" />
          </figure>
          <div className="grid wide">
            <figure className="card chart">
              <figcaption>
                <h2>{t("dashboard.rulesBroken")}</h2>
                <p className="intro">{t("dashboard.rulesBrokenHint")}</p>
              </figcaption>
              <RulesBrokenChart data={rulesBroken.slice(0, 10)} />
              <RulesBrokenTable rules={dashboard.rulesBroken} locale={locale} caption={t("dashboard.rulesBroken")} />
            </figure>
            <section className="card" aria-labelledby="skills-missing">
              <h2 id="skills-missing">{t("dashboard.skillsMissing")}</h2>
              <p className="intro">{t("dashboard.skillsMissingHint")}</p>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("dashboard.skill")}</th>
                    <th scope="col">{t("dashboard.callsWith")}</th>
                    <th scope="col">{t("dashboard.share")}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...dashboard.skillsMissing]
                    .sort((a, b) => b.calls - a.calls)
                    .map((skill) => (
                      <tr key={skill.skill}>
                        <td>{t(`dashboard.skills.${skill.skill}`)}</td>
                        <td>{skill.calls}</td>
                        <td>{percent(skill.share)}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </section>
          </div>
          <h2>{t("dashboard.recent")}</h2>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("date")}</th>
                  <th scope="col">{t("trainee")}</th>
                  <th scope="col">{t("dashboard.team")}</th>
                  <th scope="col">{t("scenario")}</th>
                  <th scope="col">{t("outcome")}</th>
                  <th scope="col">{t("overall")}</th>
                  <th scope="col">{t("empathy")}</th>
                  <th scope="col">{t("accuracy")}</th>
                  <th scope="col">{t("compliance")}</th>
                  <th scope="col">{t("dashboard.critical")}</th>
                  <th scope="col">{t("dashboard.result")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("dashboard.review")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {dashboard.recent.map((row) => {
                  const date = format.dateTime(row.date, { dateStyle: "medium", timeStyle: "short" });
                  return (
                    <tr key={row.reportId}>
                      <td>{date}</td>
                      <td>{row.trainee.name}</td>
                      <td>{row.teams.map((team) => team.name).join(", ")}</td>
                      <td>{row.scenarioId ? t("call.scenarioVersion", { scenario: scenarioTitles.get(row.scenarioId) ?? row.scenarioId, version: row.version ?? "?" }) : "—"}</td>
                      <td>{row.outcome ? tOutcome(row.outcome) : "—"}</td>
                      <td>{row.scores.overall}</td>
                      <td>{row.scores.empathy}</td>
                      <td>{row.scores.accuracy}</td>
                      <td>{row.scores.compliance}</td>
                      <td>{row.criticalCount}</td>
                      {row.held ? (
                        <td className={row.passed ? "ok" : "error"}>{t(row.passed ? "dashboard.passed" : "dashboard.notPassed")}</td>
                      ) : (
                        <td className="not-held" data-result="not-held">
                          {t("dashboard.notHeld")} <span className="muted">({t("dashboard.notHeldReason")})</span>
                        </td>
                      )}
                      <td>
                        <Link href={`/supervisor/calls/${row.callId}`} aria-label={t("dashboard.reviewCall", { trainee: row.trainee.name, date })}>
                          {t("dashboard.review")}
                        </Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}

/** One figure of the dashboard: its name, the figure (`data-stat`, for tests and scripts) and what it counts. */
function Stat({ stat, title, value, hint }: { stat: string; title: string; value: string; hint?: string }) {
  return (
    <section className="card" aria-labelledby={`stat-${stat}`}>
      <h2 id={`stat-${stat}`}>{title}</h2>
      <p className="stat" data-stat={stat}>
        {value}
      </p>
      {hint && <p className="intro">{hint}</p>}
    </section>
  );
}
