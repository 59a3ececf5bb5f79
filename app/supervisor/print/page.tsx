import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { RulesBrokenTable } from "@/app/_components/rules-broken-table";
import { ScoreSummary } from "@/app/_components/score-summary";
import { ScoreTrendChart } from "@/app/_components/score-trend-chart";
import { TranscriptWithFindings } from "@/app/_components/transcript-with-findings";
import { guardPage } from "@/app/_lib/guard-page";
import { getPrisma } from "@/lib/db/get-database";
import { PASS_MARK } from "@/lib/reports/assess-result";
import { describeRules, ruleTitle } from "@/lib/reports/describe-rules";
import { getPrintableReport, PRINT_CALL_LIMIT } from "@/lib/reports/get-printable-report";
import { listResultFilterOptions } from "@/lib/reports/list-result-filter-options";
import { ZResultsFilter, resultsFilterInput, resultsFilterQuery } from "@/lib/reports/results-filter";
import { scenarioTitleKey } from "@/lib/reports/results-to-csv";
import { RulesBrokenChart } from "../_components/dashboard-charts";
import { PrintButton } from "../_components/print-button";
import { textIn } from "@/lib/i18n/localized-text";
import type { TLanguage } from "@/lib/transcript/transcript-schema";

/**
 * The results laid out for paper: the figures and charts, the rules broken most, one line per call,
 * and each call in full on its own pages only when asked for (`?transcripts=1`).
 */
export default guardPage("/supervisor/print", async ({ viewer, searchParams }) => {
  const t = await getTranslations("supervisor");
  const parsed = ZResultsFilter.safeParse(resultsFilterInput(searchParams));
  if (!parsed.success)
    return (
      <p role="alert" className="error">
        {t("filters.invalid", { fields: parsed.error.issues.map((issue) => issue.path.join(".")).join(", ") })}
      </p>
    );
  const filter = parsed.data;
  const transcripts = searchParams.transcripts === "1";
  const prisma = await getPrisma();
  const [{ summary, results, titles, calls, truncated }, options, format, locale] = await Promise.all([
    getPrintableReport(prisma, { viewer, filter, transcripts }),
    listResultFilterOptions(prisma, viewer),
    getFormatter(),
    getLocale() as Promise<TLanguage>,
  ]);
  const percent = (share: number | null) => (share === null ? "—" : format.number(share, { style: "percent", maximumFractionDigits: 1 }));
  const named = (list: { id: string; name: string }[], id?: string) => id && (list.find((item) => item.id === id)?.name ?? id);
  const scenario = options.scenarios.find((item) => item.id === filter.scenarioId);
  const filters = [
    [t("filters.team"), named(options.teams, filter.teamId)],
    [t("filters.trainee"), named(options.trainees, filter.traineeId)],
    [t("filters.scenario"), scenario ? textIn(scenario.title, locale) : filter.scenarioId],
    [t("filters.from"), filter.from],
    [t("filters.to"), filter.to],
  ]
    .filter(([, value]) => value)
    .map(([label, value]) => `${label} ${value}`)
    .join(", ");
  return (
    <article className="printable">
      <p className="row no-print">
        <PrintButton label={t("print.printNow")} />
        <Link
          href={`/supervisor/print?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(resultsFilterQuery(filter))), ...(transcripts ? {} : { transcripts: "1" }) })}`}
        >
          {transcripts ? t("print.summaryOnly") : t("print.withTranscripts")}
        </Link>
      </p>
      <h1>{t("print.title")}</h1>
      <p>{t("print.generated", { name: viewer.name, date: format.dateTime(new Date(), { dateStyle: "long", timeStyle: "short" }) })}</p>
      <p>{filters ? t("print.filters", { filters }) : t("print.noFilters")}</p>
      <table>
        <tbody>
          <tr>
            <th scope="row">{t("dashboard.calls")}</th>
            <td>{summary.calls}</td>
          </tr>
          <tr>
            <th scope="row">{t("dashboard.notHeld")}</th>
            <td>
              {summary.notHeld} — {t("dashboard.notHeldHint")}
            </td>
          </tr>
          <tr>
            <th scope="row">{t("dashboard.passRate")}</th>
            <td>
              {percent(summary.passRate)} — {t("dashboard.passDefinition", { mark: PASS_MARK })}
            </td>
          </tr>
        </tbody>
      </table>
      <h2>{t("dashboard.rulesBroken")}</h2>
      <RulesBrokenTable rules={summary.rulesBroken} locale={locale} />
      <h2>{t("dashboard.skillsMissing")}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("dashboard.skill")}</th>
            <th scope="col">{t("dashboard.callsWith")}</th>
            <th scope="col">{t("dashboard.share")}</th>
          </tr>
        </thead>
        <tbody>
          {summary.skillsMissing.map((skill) => (
            <tr key={skill.skill}>
              <td>{t(`dashboard.skills.${skill.skill}`)}</td>
              <td>{skill.calls}</td>
              <td>{percent(skill.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.calls > 0 && (
        <div className="print-charts">
          <figure className="chart">
            <figcaption>
              <h2>{t("dashboard.scoresOverTime")}</h2>
            </figcaption>
            <ScoreTrendChart data={summary.scoresOverTime} xKey="day" height={220} />
          </figure>
          <figure className="chart">
            <figcaption>
              <h2>{t("dashboard.rulesBroken")}</h2>
            </figcaption>
            <RulesBrokenChart data={summary.rulesBroken.slice(0, 8).map((rule) => ({ ...rule, title: ruleTitle(rule.ruleId, locale) ?? rule.ruleId }))} />
          </figure>
        </div>
      )}
      <h2>{t("print.callList")}</h2>
      {!transcripts && <p className="muted no-print">{t("print.transcriptsHint")}</p>}
      <table className="print-calls">
        <thead>
          <tr>
            <th scope="col">{t("date")}</th>
            <th scope="col">{t("trainee")}</th>
            <th scope="col">{t("filters.scenario")}</th>
            <th scope="col">{t("overall")}</th>
            <th scope="col">{t("dashboard.result")}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((row) => {
            const title = titles.get(scenarioTitleKey(row.scenarioId, row.version));
            return (
              <tr key={row.callId}>
                <td>{format.dateTime(row.date, { dateStyle: "medium", timeStyle: "short" })}</td>
                <td>{row.trainee.name}</td>
                <td>{title ? textIn(title, locale) : row.scenarioId}</td>
                <td>{row.scores.overall}</td>
                <td>{row.held ? t(row.passed ? "dashboard.passed" : "dashboard.notPassed") : `${t("dashboard.notHeld")} (${t("dashboard.notHeldReason")})`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {truncated && <p>{t("print.truncated", { count: PRINT_CALL_LIMIT, total: results.length })}</p>}
      {calls.map((call) => (
        <section key={call.callId} className="print-call" aria-labelledby={`call-${call.callId}`}>
          <h2 id={`call-${call.callId}`}>
            {call.trainee.name} · {t("call.scenarioVersion", { scenario: textIn(call.scenario.title, locale), version: call.scenario.version })} ·{" "}
            {format.dateTime(call.report?.scoredAt ?? call.startedAt, { dateStyle: "medium", timeStyle: "short" })}
          </h2>
          {call.report && <ScoreSummary scores={call.report.scores} verdict={call.report} locale={locale} />}
          <TranscriptWithFindings
            turns={call.turns}
            findings={call.report?.findings ?? []}
            rules={call.report ? describeRules(call.report, locale) : {}}
            locale={locale}
            idPrefix={`${call.callId}-`}
          />
        </section>
      ))}
    </article>
  );
});
