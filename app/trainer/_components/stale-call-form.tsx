"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import type { TStaleCallSetting } from "@/lib/calls/stale-call-setting";
import { sendJson } from "@/app/_lib/send-json";

/** How long an unfinished practice call may sit without a turn before it ends as abandoned. */
export function StaleCallForm({ minutes }: { minutes: number }) {
  const t = useTranslations("trainer");
  const [state, setState] = useState<{ busy: boolean; ok?: boolean; message?: string }>({ busy: false });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setState({ busy: true });
    const staleCallMinutes = Number(new FormData(event.currentTarget).get("staleCallMinutes"));
    const result = await sendJson<TStaleCallSetting>("/api/trainer/settings", "POST", { staleCallMinutes }, t("errors.network"));
    setState(
      result.ok ? { busy: false, ok: true, message: t("staleCalls.saved", { minutes: result.body.staleCallMinutes }) } : { busy: false, ok: false, message: result.message },
    );
  }

  return (
    <form className="card stale-calls" onSubmit={onSubmit} aria-labelledby="stale-calls-title">
      <h2 id="stale-calls-title">{t("staleCalls.title")}</h2>
      <p className="intro">{t("staleCalls.intro")}</p>
      <label htmlFor="stale-call-minutes">{t("staleCalls.minutes")}</label>
      <input id="stale-call-minutes" name="staleCallMinutes" type="number" min={5} max={10080} step={1} defaultValue={minutes} required />
      <p role="status" className={state.ok ? "ok" : "error"}>
        {state.message}
      </p>
      <button type="submit" disabled={state.busy}>
        {t("staleCalls.save")}
      </button>
    </form>
  );
}
