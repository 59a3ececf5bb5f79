"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import type { TUploadResult } from "@/lib/quality-review/upload-transcripts";
import { problemText } from "../_lib/problem-text";

/** Sends one or many transcript files for scoring and lists, per file, its result or what is wrong. */
export function UploadForm({ teams }: { teams: { id: string; name: string }[] }) {
  const t = useTranslations("supervisor.quality");
  const router = useRouter();
  const [results, setResults] = useState<TUploadResult[]>([]);
  const [problem, setProblem] = useState("");
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    setBusy(true);
    setProblem("");
    const response = await fetch("/api/supervisor/quality", { method: "POST", body: new FormData(formElement) });
    setBusy(false);
    if (!response.ok) {
      setResults([]);
      setProblem(await problemText(response));
      return;
    }
    setResults((await response.json()) as TUploadResult[]);
    formElement.reset();
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="card" aria-labelledby="upload-title">
      <h2 id="upload-title">{t("upload")}</h2>
      <label htmlFor="upload-team">{t("team")}</label>
      <select id="upload-team" name="teamId" required>
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </select>
      <label htmlFor="upload-files">{t("files")}</label>
      <input id="upload-files" name="files" type="file" accept=".json,application/json" multiple required />
      <div role="status" aria-live="polite">
        {busy && <p>{t("uploading")}</p>}
        {problem && <p className="error">{problem}</p>}
        {results.length > 0 && (
          <ul className="upload-results">
            {results.map((result, order) =>
              result.ok ? (
                <li key={order} className="ok">
                  <a href={`/supervisor/quality/${result.reviewId}`}>{t("scored", { file: result.fileName, overall: result.overall, critical: result.criticalCount })}</a>
                </li>
              ) : (
                <li key={order} className="error">
                  {t("failed", { file: result.fileName, errors: result.errors.join("; ") })}
                </li>
              ),
            )}
          </ul>
        )}
      </div>
      <button type="submit" disabled={busy}>
        {t("submit")}
      </button>
    </form>
  );
}
