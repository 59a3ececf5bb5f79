"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ScoreSummary } from "@/app/_components/score-summary";
import { TranscriptWithFindings } from "@/app/_components/transcript-with-findings";
import type { TDryRunResult } from "@/lib/scenario-store/dry-run-scenario";
import { DryRunChecks } from "./dry-run-checks";
import { sendJson } from "@/app/_lib/send-json";
import type { TLanguage } from "@/lib/transcript/transcript-schema";

type TScript = "compliant" | "abusive" | "own";
const SCRIPTS: TScript[] = ["compliant", "abusive", "own"];

/**
 * Plays a built-in or the trainer's own script against the YAML in the editor and shows the call
 * the way score reports show it, so the trainer sees what a trainee will be told.
 */
export function DryRunPanel({ source, valid }: { source: string; valid: boolean }) {
  const t = useTranslations("trainer");
  const tOutcome = useTranslations("outcome");
  const locale = useLocale() as TLanguage;
  const [script, setScript] = useState<TScript>("compliant");
  const [lines, setLines] = useState("");
  const [state, setState] = useState<{ busy: boolean; result?: TDryRunResult & { script: TScript }; error?: string }>({ busy: false });

  async function run() {
    if (!valid) return setState({ busy: false, error: t("dryRun.invalid") });
    setState({ busy: true });
    const result = await sendJson<TDryRunResult>("/api/trainer/dry-run", "POST", { source, script, lines: script === "own" ? lines.split("\n") : [] }, t("errors.network"));
    setState(result.ok ? { busy: false, result: { ...result.body, script } } : { busy: false, error: t("dryRun.failed", { message: result.message }) });
  }

  const result = state.result;
  return (
    <section className="card" aria-labelledby="dry-run-title">
      <h2 id="dry-run-title">{t("dryRun.title")}</h2>
      <p className="muted">{t("dryRun.intro")}</p>
      <fieldset>
        <legend>{t("dryRun.script")}</legend>
        {SCRIPTS.map((option) => (
          <label key={option} className="check">
            <input type="radio" name="dry-run-script" value={option} checked={script === option} onChange={() => setScript(option)} />
            {t(`dryRun.${option}`)}
          </label>
        ))}
      </fieldset>
      {script === "own" && (
        <>
          <label htmlFor="dry-run-lines">{t("dryRun.lines")}</label>
          <textarea id="dry-run-lines" rows={6} value={lines} onChange={(event) => setLines(event.target.value)} />
        </>
      )}
      <p>
        <button type="button" onClick={run} disabled={state.busy}>
          {state.busy ? t("dryRun.running") : t("dryRun.run")}
        </button>
      </p>
      <div role="status" aria-live="polite">
        {state.error && <p className="error">{state.error}</p>}
      </div>
      {result && (
        <div className="dry-run-result" data-outcome={result.outcome} data-script={result.script}>
          <p>
            <strong>{t("dryRun.outcome", { outcome: tOutcome(result.outcome) })}</strong>
          </p>
          <ScoreSummary scores={result.report.scores} locale={locale} />
          <DryRunChecks mood={result.mood} hiddenFacts={result.hiddenFacts} />
          <TranscriptWithFindings turns={result.turns} findings={result.report.findings} locale={locale} />
        </div>
      )}
    </section>
  );
}
