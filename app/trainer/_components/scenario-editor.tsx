"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { CaseFileView } from "@/app/_components/case-file-view";
import { checkScenarioSource, type TScenarioIssue } from "@/lib/scenario-store/check-scenario-source";
import { readScenarioValues } from "@/lib/scenario-store/read-scenario-values";
import { setScenarioField, setScenarioFields, type TFieldPath } from "@/lib/scenario-store/set-scenario-field";
import type { TScenarioFix } from "@/lib/scenario-store/suggest-scenario-fixes";
import { toTraineeView } from "@/lib/scenarios/to-trainee-view";
import { DryRunPanel } from "./dry-run-panel";
import { TeachingScriptsPanel } from "./teaching-scripts-panel";
import { ImportScenarioForm } from "./import-scenario-form";
import { scenarioIssuesIn } from "./issue-list";
import { ScenarioForm } from "./scenario-form";
import { sendJson } from "@/app/_lib/send-json";
import { YamlView } from "./yaml-view";
import type { TLanguage } from "@/lib/transcript/transcript-schema";

type Props = {
  /** Absent for a scenario not saved yet. */
  scenarioId?: string;
  version?: number;
  initialSource: string;
};

type TStatus = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; version: number } | { kind: "failed"; message: string };

/**
 * One scenario in two views kept in step: the form edits the YAML document, the YAML is the only
 * state. Every keystroke is validated here with the server's parser; the server checks again on save.
 */
export function ScenarioEditor({ scenarioId, version, initialSource }: Props) {
  const t = useTranslations("trainer");
  const locale = useLocale() as TLanguage;
  const router = useRouter();
  const [source, setSource] = useState(initialSource);
  const [savedSource, setSavedSource] = useState(scenarioId ? initialSource : "");
  const [latestVersion, setLatestVersion] = useState(version);
  const [serverIssues, setServerIssues] = useState<TScenarioIssue[] | null>(null);
  const [status, setStatus] = useState<TStatus>({ kind: "idle" });
  const [note, setNote] = useState("");
  const check = useMemo(() => checkScenarioSource(source), [source]);
  const values = useMemo(() => readScenarioValues(source), [source]);
  const issues = serverIssues ?? (check.ok ? [] : check.issues);

  const edit = (next: string) => {
    setSource(next);
    setServerIssues(null);
    setStatus({ kind: "idle" });
  };
  const setField = (path: TFieldPath, value: unknown) => edit(setScenarioField(source, path, value));
  const applyFix = (fix: TScenarioFix) => edit(setScenarioFields(source, fix.changes));
  const adopt = (saved: string, savedVersion: number) => {
    setSource(saved);
    setSavedSource(saved);
    setLatestVersion(savedVersion);
    setServerIssues(null);
    setStatus({ kind: "saved", version: savedVersion });
    router.refresh();
  };

  async function save() {
    if (!check.ok) return setStatus({ kind: "failed", message: t("editor.fixFirst") });
    setStatus({ kind: "saving" });
    const url = scenarioId ? `/api/trainer/scenarios/${encodeURIComponent(scenarioId)}/versions` : "/api/trainer/scenarios";
    const result = await sendJson<{ scenarioId: string; version: number }>(url, "POST", { source, ...(note.trim() ? { note } : {}) }, t("errors.network"));
    if (!result.ok) {
      const issues = scenarioIssuesIn(result.error?.details);
      if (issues.length > 0) setServerIssues(issues);
      // Listed issues are shown in the issue list, not repeated in the status line.
      return setStatus({ kind: "failed", message: issues.length > 0 && result.error?.message ? result.error.message : result.message });
    }
    if (!scenarioId) return router.push(`/trainer/scenarios/${encodeURIComponent(result.body.scenarioId)}`);
    setNote("");
    adopt(source, result.body.version);
  }

  return (
    <>
      <h1>{scenarioId ? t("editor.editTitle", { id: scenarioId }) : t("editor.newTitle")}</h1>
      {scenarioId && latestVersion !== undefined && (
        <p className="intro">
          {t("editor.latest", { version: latestVersion })} <Link href={`/trainer/scenarios/${encodeURIComponent(scenarioId)}/versions`}>{t("versions")}</Link>
          {" · "}
          <Link href={`/trainer/assignments?scenario=${encodeURIComponent(scenarioId)}`}>{t("assignAction")}</Link>
        </p>
      )}
      <div className="row toolbar">
        <div>
          <label htmlFor="version-note">{t("editor.note")}</label>
          <input id="version-note" value={note} maxLength={500} placeholder={t("editor.notePlaceholder")} onChange={(event) => setNote(event.target.value)} />
        </div>
        <button type="button" onClick={save} disabled={status.kind === "saving"}>
          {status.kind === "saving" ? t("editor.saving") : scenarioId ? t("editor.save") : t("editor.create")}
        </button>
        <p role="status" className={status.kind === "failed" ? "error" : status.kind === "saved" ? "ok" : "muted"}>
          {status.kind === "saved" && t("editor.saved", { version: status.version })}
          {status.kind === "failed" && t("editor.notSaved", { message: status.message })}
          {status.kind === "idle" && (source === savedSource ? t("editor.upToDate") : t("editor.unsaved"))}
        </p>
      </div>
      <div className="editor-views">
        <section aria-labelledby="form-view-title" className="editor-pane">
          <h2 id="form-view-title">{t("editor.formView")}</h2>
          <ScenarioForm values={values} issues={issues} idLocked={scenarioId !== undefined} setField={setField} applyFix={applyFix} />
        </section>
        <section aria-labelledby="yaml-view-title" className="editor-pane yaml-pane">
          <h2 id="yaml-view-title">{t("editor.yamlView")}</h2>
          <YamlView source={source} issues={issues} onChange={edit} />
        </section>
      </div>
      <details className="card">
        <summary>{t("editor.preview")}</summary>
        {check.ok ? <CaseFileView view={toTraineeView(check.scenario)} locale={locale} /> : <p>{t("editor.previewUnavailable")}</p>}
      </details>
      <DryRunPanel source={source} valid={check.ok} />
      <TeachingScriptsPanel source={source} valid={check.ok} customerName={check.ok ? check.scenario.persona.name : undefined} />
      {scenarioId && (
        <ImportScenarioForm
          url={`/api/trainer/scenarios/${encodeURIComponent(scenarioId)}/versions`}
          title={t("import.asNewVersion")}
          onImported={(imported, importedVersion) => adopt(imported, importedVersion)}
        />
      )}
    </>
  );
}
