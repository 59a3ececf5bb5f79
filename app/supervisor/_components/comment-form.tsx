"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { sendJson } from "@/app/_lib/send-json";

type Props = { callId: string; turns: { index: number; text: string }[] };

/** Adds a supervisor's comment, on the whole call or one turn, then refreshes the review. */
export function CommentForm({ callId, turns }: Props) {
  const t = useTranslations("supervisor.call");
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setBusy(true);
    const result = await sendJson(`/api/supervisor/calls/${callId}/comments`, "POST", { text: form.get("text"), turn: form.get("turn") ? Number(form.get("turn")) : null });
    setBusy(false);
    if (!result.ok) return setMessage({ ok: false, text: result.message });
    formElement.reset();
    setMessage({ ok: true, text: t("commentAdded") });
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="card comment-form">
      <label htmlFor="comment-turn">{t("commentTurn")}</label>
      <select id="comment-turn" name="turn" defaultValue="">
        <option value="">{t("wholeCall")}</option>
        {turns.map((turn) => (
          <option key={turn.index} value={turn.index}>
            {t("turnOption", { n: turn.index + 1, text: turn.text.length > 40 ? `${turn.text.slice(0, 40)}…` : turn.text })}
          </option>
        ))}
      </select>
      <label htmlFor="comment-text">{t("commentText")}</label>
      <textarea id="comment-text" name="text" required maxLength={4000} rows={4} />
      <p role="status" className={message?.ok ? "ok" : "error"}>
        {message?.text}
      </p>
      <button type="submit" disabled={busy}>
        {t("submitComment")}
      </button>
    </form>
  );
}
