"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { sendJson } from "@/app/_lib/send-json";

/** Restarts the call just before one of the trainee's lines, the customer as they were then, and opens it. */
export function RetryLineButton({ callId, turn }: { callId: string; turn: number }) {
  const t = useTranslations("trainee.report");
  const tCall = useTranslations("trainee.call");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");

  async function retry() {
    setBusy(true);
    const result = await sendJson<{ callId: string }>(`/api/trainee/calls/${callId}/retry`, "POST", { turn }, tCall("network"));
    if (result.ok) return router.push(`/trainee/calls/${result.body.callId}`);
    setBusy(false);
    setError(t("retryFailed", { message: result.message }));
  }

  return (
    <span className="retry-line no-print">
      <button type="button" className="secondary" onClick={retry} disabled={busy} title={t("retryHint")}>
        {t("retryLine")}
      </button>
      <span role="status" className="error">
        {error}
      </span>
    </span>
  );
}
