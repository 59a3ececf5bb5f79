"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { problemText } from "../_lib/problem-text";

/** Accept (withdraw the finding, rescore) or reject with a reply: the two buttons of one open dispute. */
export function DecideDisputeForm({ disputeId }: { disputeId: string }) {
  const t = useTranslations("supervisor.disputes");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const reply = String(new FormData(event.currentTarget).get("reply") ?? "").trim();
    setBusy(true);
    const response = await fetch(`/api/supervisor/disputes/${disputeId}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ decision: submitter?.value, ...(reply ? { reply } : {}) }),
    });
    setBusy(false);
    if (!response.ok) return setError(t("failed", { message: await problemText(response) }));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="decide-dispute">
      <label htmlFor={`reply-${disputeId}`}>{t("replyLabel")}</label>
      <textarea id={`reply-${disputeId}`} name="reply" rows={2} maxLength={1000} />
      <p role="status" className="error">
        {error}
      </p>
      <p className="row">
        <button type="submit" name="decision" value="accept" disabled={busy}>
          {t("accept")}
        </button>
        <button type="submit" name="decision" value="reject" className="secondary" disabled={busy}>
          {t("reject")}
        </button>
      </p>
    </form>
  );
}
