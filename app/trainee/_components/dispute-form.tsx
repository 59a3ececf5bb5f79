"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { sendJson } from "@/app/_lib/send-json";

/** "Dispute this finding": opens a reason field under the finding and sends it to the trainee's supervisor. */
export function DisputeForm({ callId, findingId }: { callId: string; findingId: string }) {
  const t = useTranslations("trainee.report.disputes");
  const tCall = useTranslations("trainee.call");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    const reason = new FormData(event.currentTarget).get("reason");
    const result = await sendJson(`/api/trainee/calls/${callId}/disputes`, "POST", { findingId, reason }, tCall("network"));
    setBusy(false);
    if (!result.ok) return setError(t("failed", { message: result.message }));
    router.refresh();
  }

  return (
    <details className="dispute no-print">
      <summary>{t("dispute")}</summary>
      <form onSubmit={onSubmit}>
        <label htmlFor={`dispute-${findingId}`}>{t("reasonLabel")}</label>
        <textarea id={`dispute-${findingId}`} name="reason" rows={3} maxLength={1000} required />
        <p role="status" className="error">
          {error}
        </p>
        <button type="submit" disabled={busy}>
          {busy ? t("sending") : t("send")}
        </button>
      </form>
    </details>
  );
}
