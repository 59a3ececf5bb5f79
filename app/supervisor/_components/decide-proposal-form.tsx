"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import type { TJudgeProposalKey } from "@/lib/disputes/judge-proposal-schemas";
import { problemText } from "../_lib/problem-text";

/** Accept (it counts as a finding, the call is rescored) or reject with a reason: the two buttons under one open LLM judge proposal. */
export function DecideProposalForm({ callId, proposal }: { callId: string; proposal: TJudgeProposalKey }) {
  const t = useTranslations("supervisor.proposals");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const id = `proposal-${proposal.turn}-${proposal.ruleId}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const reply = String(new FormData(event.currentTarget).get("reply") ?? "").trim();
    if (submitter?.value === "reject" && !reply) return setError(t("reasonNeeded"));
    setBusy(true);
    const response = await fetch(`/api/supervisor/calls/${encodeURIComponent(callId)}/proposals`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...proposal, decision: submitter?.value, ...(reply ? { reply } : {}) }),
    });
    setBusy(false);
    if (!response.ok) return setError(t("failed", { message: await problemText(response) }));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="decide-dispute decide-proposal no-print" data-proposal={`${proposal.turn}:${proposal.ruleId}`}>
      <label htmlFor={id}>{t("reasonLabel")}</label>
      <textarea id={id} name="reply" rows={2} maxLength={1000} />
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
