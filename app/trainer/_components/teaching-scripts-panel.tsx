"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { MoodChart } from "@/app/_components/mood-chart";
import { TranscriptWithFindings } from "@/app/_components/transcript-with-findings";
import type { TTeachingDryRunResult } from "@/lib/scenario-store/dry-run-teaching-scripts";
import { sendJson } from "@/app/_lib/send-json";
import type { TLanguage } from "@/lib/transcript/transcript-schema";

type TRun = TTeachingDryRunResult["runs"][number];

const rulesBroken = (run: TRun) => [...new Set(run.report.findings.filter((finding) => finding.severity !== "positive").map((finding) => finding.ruleId))];

/**
 * One click plays the scenario's excellent, average and abusive scripts against the YAML in the
 * editor and shows the three calls side by side: score, pass or fail, outcome, mood curve and the
 * hidden facts each reached, with each transcript to open below.
 */
export function TeachingScriptsPanel({ source, valid, customerName }: { source: string; valid: boolean; customerName?: string }) {
  const t = useTranslations("trainer.dryRun");
  const tOutcome = useTranslations("outcome");
  const tMood = useTranslations("mood");
  const locale = useLocale() as TLanguage;
  const [state, setState] = useState<{ busy: boolean; runs?: TRun[]; error?: string }>({ busy: false });

  async function run() {
    if (!valid) return setState({ busy: false, error: t("invalid") });
    setState({ busy: true });
    const result = await sendJson<TTeachingDryRunResult>("/api/trainer/dry-run/teaching", "POST", { source }, t("failed", { message: "" }));
    setState(result.ok ? { busy: false, runs: result.body.runs } : { busy: false, error: t("failed", { message: result.message }) });
  }

  const runs = state.runs;
  return (
    <section className="card" aria-labelledby="teaching-runs-title">
      <h2 id="teaching-runs-title">{t("teaching.title")}</h2>
      <p className="muted">{t("teaching.intro")}</p>
      <p>
        <button type="button" onClick={run} disabled={state.busy}>
          {state.busy ? t("teaching.running") : t("teaching.run")}
        </button>
      </p>
      <div role="status" aria-live="polite">
        {state.error && <p className="error">{state.error}</p>}
      </div>
      {runs && (
        <>
          <div className="table-scroll">
            <table className="attempts teaching-runs">
              <thead>
                <tr>
                  <th scope="col">{t("teaching.measure")}</th>
                  {runs.map((run) => (
                    <th key={run.kind} scope="col" data-kind={run.kind}>
                      {t(`teaching.${run.kind}`)}
                      <br />
                      <span className="muted">{t(`teaching.${run.origin}`)}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr data-measure="overall">
                  <th scope="row">{t("teaching.overall")}</th>
                  {runs.map((run) => (
                    <td key={run.kind}>{run.report.scores.overall}</td>
                  ))}
                </tr>
                <tr data-measure="result">
                  <th scope="row">{t("teaching.result")}</th>
                  {runs.map((run) => (
                    <td key={run.kind} className={run.passed ? "pass" : "fail"}>
                      {run.passed ? t("teaching.passed") : t("teaching.notPassed")}
                    </td>
                  ))}
                </tr>
                <tr data-measure="outcome">
                  <th scope="row">{t("teaching.outcome")}</th>
                  {runs.map((run) => (
                    <td key={run.kind} data-outcome={run.outcome}>
                      {tOutcome(run.outcome)}
                    </td>
                  ))}
                </tr>
                <tr data-measure="mood">
                  <th scope="row">{t("teaching.mood")}</th>
                  {runs.map((run) => {
                    const [first, last] = [run.mood[0], run.mood.at(-1)];
                    return (
                      <td key={run.kind} className="attempt-mood">
                        <MoodChart points={run.mood} />
                        {first && last && <span>{t("teaching.moodWords", { first: tMood(first.mood), last: tMood(last.mood) })}</span>}
                      </td>
                    );
                  })}
                </tr>
                <tr data-measure="hidden">
                  <th scope="row">{t("teaching.hiddenFacts")}</th>
                  {runs.map((run) => (
                    <td key={run.kind}>
                      {t("teaching.factsCount", { reached: run.hiddenFacts.filter((fact) => fact.reached).length, total: run.hiddenFacts.length })}
                      <ul className="plain">
                        {run.hiddenFacts.map((fact) => (
                          <li key={fact.id} data-fact={fact.id} data-reached={fact.reached}>
                            {fact.reached ? "✓" : "✗"} <code>{fact.id}</code>
                          </li>
                        ))}
                      </ul>
                    </td>
                  ))}
                </tr>
                <tr data-measure="rules">
                  <th scope="row">{t("teaching.rules")}</th>
                  {runs.map((run) => {
                    const rules = rulesBroken(run);
                    return <td key={run.kind}>{rules.length === 0 ? t("teaching.noRules") : rules.map((rule) => <code key={rule}>{rule} </code>)}</td>;
                  })}
                </tr>
              </tbody>
            </table>
          </div>
          {runs.map((run) => (
            <details key={run.kind} className="teaching-transcript">
              <summary>{t("teaching.transcript", { kind: t(`teaching.${run.kind}`) })}</summary>
              <TranscriptWithFindings turns={run.turns} findings={run.report.findings} locale={locale} idPrefix={`${run.kind}-`} customerName={customerName} />
            </details>
          ))}
        </>
      )}
    </section>
  );
}
