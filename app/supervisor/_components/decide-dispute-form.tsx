"use client";

import { useTranslations } from "next-intl";
import { AcceptOrRejectForm } from "./accept-or-reject-form";

/** Accept (withdraw the finding, rescore) or reject with a reply: the two buttons of one open dispute. */
export function DecideDisputeForm({ disputeId }: { disputeId: string }) {
  const t = useTranslations("supervisor.disputes");
  return (
    <AcceptOrRejectForm
      url={`/api/supervisor/disputes/${disputeId}`}
      id={`reply-${disputeId}`}
      className="decide-dispute"
      labels={{ reply: t("replyLabel"), accept: t("accept"), reject: t("reject"), failed: (message) => t("failed", { message }) }}
    />
  );
}
