"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import type { TScenarioIssue } from "@/lib/scenario-store/check-scenario-source";
import { IssueList, scenarioIssuesIn } from "./issue-list";
import { sendJson } from "@/app/_lib/send-json";

type Props = {
  url: string;
  title: string;
  /** Without it, a successful import opens the scenario's editor. */
  onImported?: (source: string, version: number) => void;
};

/** Uploads a YAML file as a new scenario or a new version; problems come back as `line N: path: message`. */
export function ImportScenarioForm({ url, title, onImported }: Props) {
  const t = useTranslations("trainer");
  const router = useRouter();
  const inputId = useId();
  const [message, setMessage] = useState<{ ok: boolean; text: string; issues: TScenarioIssue[] } | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) return setMessage({ ok: false, text: t("import.chooseFile"), issues: [] });
    const source = await file.text();
    const result = await sendJson<{ scenarioId: string; version: number }>(url, "POST", { source, fileName: file.name }, t("errors.network"));
    if (!result.ok) {
      const issues = scenarioIssuesIn(result.error?.details);
      // Listed issues are shown below the route's own sentence, not repeated in it.
      return setMessage({ ok: false, text: issues.length > 0 && result.error?.message ? result.error.message : result.message, issues });
    }
    setMessage({ ok: true, text: t("import.imported", { version: result.body.version }), issues: [] });
    if (onImported) onImported(source, result.body.version);
    else router.push(`/trainer/scenarios/${encodeURIComponent(result.body.scenarioId)}`);
  }

  return (
    <form className="card" onSubmit={onSubmit}>
      <h2>{title}</h2>
      <label htmlFor={inputId}>{t("import.file")}</label>
      <input id={inputId} name="file" type="file" accept=".yaml,.yml,text/yaml,application/yaml" />
      <div role="status">
        {message && <p className={message.ok ? "ok" : "error"}>{message.text}</p>}
        {message && <IssueList issues={message.issues} />}
      </div>
      <button type="submit">{t("import.submit")}</button>
    </form>
  );
}
