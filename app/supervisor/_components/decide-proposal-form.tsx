"use client";

import { useTranslations } from "next-intl";
import type { TJudgeProposalKey } from "@/lib/disputes/judge-proposal-schemas";
import { AcceptOrRejectForm } from "./accept-or-reject-form";

/** Accept (it counts as a finding, the call is rescored) or reject with a reason: the two buttons under one open LLM judge proposal. */
export function DecideProposalForm({ callId, proposal }: { callId: string; proposal: TJudgeProposalKey }) {
  const t = useTranslations("supervisor.proposals");
  return (
    <AcceptOrRejectForm
      url={`/api/supervisor/calls/${encodeURIComponent(callId)}/proposals`}
      extra={proposal}
      id={`proposal-${proposal.turn}-${proposal.category}-${proposal.ruleId}`}
      className="decide-dispute decide-proposal no-print"
      labels={{
        reply: t("reasonLabel"),
        accept: t("accept"),
        reject: t("reject"),
        replyNeeded: t("reasonNeeded"),
        failed: (message) => t("failed", { message }),
      }}
    />
  );
}
