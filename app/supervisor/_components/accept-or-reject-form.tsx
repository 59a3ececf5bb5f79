"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { sendJson } from "@/app/_lib/send-json";

type Props = {
  /** Where the decision is posted; the body is `{ decision, reply? }` plus `extra`. */
  url: string;
  extra?: Record<string, unknown>;
  id: string;
  className: string;
  labels: { reply: string; accept: string; reject: string; failed: (message: string) => string; replyNeeded?: string };
};

/** The two buttons of a decision on a finding (a trainee's dispute, a judge's proposal) with the reply, posted as JSON. */
export function AcceptOrRejectForm({ url, extra = {}, id, className, labels }: Props) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const reply = String(new FormData(event.currentTarget).get("reply") ?? "").trim();
    if (labels.replyNeeded && submitter?.value === "reject" && !reply) return setError(labels.replyNeeded);
    setBusy(true);
    const result = await sendJson(url, "POST", { ...extra, decision: submitter?.value, ...(reply ? { reply } : {}) });
    setBusy(false);
    if (!result.ok) return setError(labels.failed(result.message));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className={className}>
      <label htmlFor={id}>{labels.reply}</label>
      <textarea id={id} name="reply" rows={2} maxLength={1000} />
      <p role="status" className="error">
        {error}
      </p>
      <p className="row">
        <button type="submit" name="decision" value="accept" disabled={busy}>
          {labels.accept}
        </button>
        <button type="submit" name="decision" value="reject" className="secondary" disabled={busy}>
          {labels.reject}
        </button>
      </p>
    </form>
  );
}
