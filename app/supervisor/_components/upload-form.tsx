"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { type FormEvent, Fragment, useEffect, useState } from "react";
import type { TReviewProgress, TUploadProgress } from "@/lib/quality-review/get-review-progress";
import type { TFileProblem } from "@/lib/quality-review/file-problems";
import { textIn } from "@/lib/i18n/localized-text";
import type { TUploadResult } from "@/lib/quality-review/upload-transcripts";
import { sendJson, type TApiResult } from "@/app/_lib/send-json";
import type { TLanguage } from "@/lib/transcript/transcript-schema";

/** How often the form asks how far the scoring has got, while some file is still waiting. */
const PROGRESS_POLL_MS = 1000;

/**
 * Sends one or many transcript files. The answer comes once they are stored; they are scored in the
 * background, and the form follows them (x of n scored, each file's state) until every one is done,
 * refreshing the list below as they finish.
 */
export function UploadForm({ teams }: { teams: { id: string; name: string; collectors: { id: string; name: string }[] }[] }) {
  const t = useTranslations("supervisor.quality");
  const locale = useLocale() as TLanguage;
  const format = useFormatter();
  const router = useRouter();
  const [results, setResults] = useState<TUploadResult[]>([]);
  const [progress, setProgress] = useState<TUploadProgress>();
  const [problem, setProblem] = useState("");
  const [busy, setBusy] = useState(false);
  const [teamId, setTeamId] = useState(teams[0]?.id ?? "");
  const collectors = teams.find((team) => team.id === teamId)?.collectors ?? [];

  const reviewIds = results.flatMap((result) => (result.ok ? [result.reviewId] : []));
  const waiting = progress ? !progress.done : results.some((result) => result.ok && (result.status === "queued" || result.status === "scoring"));
  const idsKey = reviewIds.join(",");

  useEffect(() => {
    if (!waiting || idsKey === "") return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const query = new URLSearchParams(idsKey.split(",").map((id) => ["review", id])).toString();
    const poll = async () => {
      const answer = await sendJson<TUploadProgress>(`/api/supervisor/quality/progress?${query}`, "GET");
      // A failed answer (the server restarting) is asked again on the next round.
      const next = answer.ok ? answer.body : undefined;
      if (stopped) return;
      if (next) {
        setProgress((current) => {
          if (!current || current.scored + current.failed !== next.scored + next.failed) router.refresh();
          return next;
        });
      }
      if (!next?.done) timer = setTimeout(poll, PROGRESS_POLL_MS);
    };
    timer = setTimeout(poll, PROGRESS_POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [waiting, idsKey, router]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    setBusy(true);
    setProblem("");
    setProgress(undefined);
    const result = await sendJson<TUploadResult[]>("/api/supervisor/quality", "POST", new FormData(formElement), t("request.network"));
    setBusy(false);
    if (!result.ok) {
      setResults([]);
      setProblem(requestProblem(result));
      return;
    }
    setResults(result.body);
    formElement.reset();
    router.refresh();
  }

  // A refused file's problems, in the reader's language.
  /** The whole upload refused, said in the reader's language (the API's own words only as a last resort). */
  const requestProblem = (refusal: TApiResult<unknown> & { ok: false }) => {
    const details = refusal.error?.details;
    const paths = Array.isArray(details) ? details.map((detail: { path?: string }) => detail.path) : [];
    if (refusal.status === 0) return refusal.message;
    if (refusal.status === 413) return t("request.tooLarge");
    if (refusal.status === 429) return t("request.tooMany");
    if (refusal.status === 403) return t("request.forbidden");
    if (refusal.status === 404) return t("request.noTeam");
    if (paths.includes("teamId")) return t("request.chooseTeam");
    if (paths.includes("collectorId")) return t("request.collectorRefused");
    return t("request.other", { message: refusal.message });
  };

  const describe = (problem: TFileProblem) => {
    switch (problem.code) {
      case "field":
        return `${problem.path}: ${textIn(problem.message, locale)}`;
      case "json":
        return problem.line === null ? t("problem.json") : t("problem.jsonAt", { line: problem.line, column: problem.column ?? 1 });
      case "too_long":
        return t("problem.tooLong", { limit: format.number(problem.limit) });
      case "nul":
        return t("problem.nul");
      default:
        return t("problem.notSaved");
    }
  };
  const latest = new Map(progress?.reviews.map((review) => [review.reviewId, review]));
  const line = (result: TUploadResult & { ok: true }) => {
    const state: TReviewProgress = latest.get(result.reviewId) ?? result;
    const file = result.fileName;
    switch (state.status) {
      case "scored":
        return (
          <li className="ok">
            <a href={`/supervisor/quality/${state.reviewId}`}>{t("scored", { file, overall: state.overall ?? 0, critical: state.criticalCount ?? 0 })}</a>
            {result.alreadyUploaded && <> ({t("alreadyUploaded", { file })})</>}
          </li>
        );
      case "failed":
        return <li className="error">{t("scoringFailed", { file, errors: state.failure ?? "" })}</li>;
      default:
        return <li>{t(state.status === "scoring" ? "scoring" : "queued", { file })}</li>;
    }
  };
  const total = progress?.total ?? reviewIds.length;
  const scored = progress?.scored ?? results.filter((result) => result.ok && result.status === "scored").length;
  const failed = progress?.failed ?? results.filter((result) => result.ok && result.status === "failed").length;

  return (
    <form onSubmit={onSubmit} className="card" aria-labelledby="upload-title">
      <h2 id="upload-title">{t("upload")}</h2>
      <label htmlFor="upload-team">{t("team")}</label>
      <select id="upload-team" name="teamId" required value={teamId} onChange={(event) => setTeamId(event.target.value)}>
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </select>
      <label htmlFor="upload-collector">{t("collector")}</label>
      <select id="upload-collector" name="collectorId" aria-describedby="upload-collector-hint">
        <option value="">{t("noCollector")}</option>
        {collectors.map((collector) => (
          <option key={collector.id} value={collector.id}>
            {collector.name}
          </option>
        ))}
      </select>
      <p id="upload-collector-hint" className="muted">
        {t("collectorHint")}
      </p>
      <label htmlFor="upload-files">{t("files")}</label>
      <input id="upload-files" name="files" type="file" accept=".json,application/json" multiple required />
      <div role="status" aria-live="polite">
        {busy && <p>{t("uploading")}</p>}
        {problem && <p className="error">{problem}</p>}
        {total > 0 && (
          <p className="upload-progress">
            <progress max={total} value={scored + failed} aria-hidden="true" /> {failed > 0 ? t("progressFailed", { scored, total, failed }) : t("progress", { scored, total })}
          </p>
        )}
        {results.length > 0 && (
          <ul className="upload-results">
            {results.map((result, order) =>
              result.ok ? (
                <Fragment key={order}>{line(result)}</Fragment>
              ) : (
                <li key={order} className="error">
                  {t("failed", { file: result.fileName, errors: (result.problems.length > 0 ? result.problems.map(describe) : result.errors).join("; ") })}
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
