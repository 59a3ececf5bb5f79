import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ScoreSummary } from "@/app/_components/score-summary";
import { TranscriptWithFindings } from "@/app/_components/transcript-with-findings";
import { guardPage } from "@/app/_lib/guard-page";
import { getPrisma } from "@/lib/db/get-database";
import type { TLocale } from "@/lib/i18n/locales";
import { PASS_MARK } from "@/lib/reports/assess-result";
import { describeRules, ruleTitle } from "@/lib/reports/describe-rules";
import { getPrintableReport, PRINT_CALL_LIMIT } from "@/lib/reports/get-printable-report";
import { listResultFilterOptions } from "@/lib/reports/list-result-filter-options";
import { ZResultsFilter, resultsFilterInput } from "@/lib/reports/results-filter";
import { textIn } from "@/lib/scenarios/scenario-text";
import { PrintButton } from "../_components/print-button";

/** The results laid out for paper: the figures first, then each call on its own pages. */
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
  const prisma = await getPrisma();
  const [{ summary, calls, truncated }, options, format, locale] = await Promise.all([
    getPrintableReport(prisma, { viewer, filter }),
    listResultFilterOptions(prisma, viewer),
    getFormatter(),
    getLocale() as Promise<TLocale>,
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
      <PrintButton label={t("print.printNow")} />
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
            <th scope="row">{t("dashboard.passRate")}</th>
            <td>
              {percent(summary.passRate)} — {t("dashboard.passDefinition", { mark: PASS_MARK })}
            </td>
          </tr>
        </tbody>
      </table>
      <h2>{t("dashboard.rulesBroken")}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("dashboard.rule")}</th>
            <th scope="col">{t("dashboard.faults")}</th>
            <th scope="col">{t("dashboard.callsWith")}</th>
          </tr>
        </thead>
        <tbody>
          {summary.rulesBroken.map((rule) => (
            <tr key={rule.ruleId}>
              <td>
                {ruleTitle(rule.ruleId, locale) ?? rule.ruleId} ({rule.ruleId})
              </td>
              <td>{rule.faults}</td>
              <td>{rule.calls}</td>
            </tr>
          ))}
        </tbody>
      </table>
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
      {truncated && <p>{t("print.truncated", { count: PRINT_CALL_LIMIT, total: summary.calls })}</p>}
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
