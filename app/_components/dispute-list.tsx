import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { TCallDisputes } from "@/lib/disputes/list-call-disputes";
import { ruleTitle } from "@/lib/reports/describe-rules";
import type { TLanguage } from "@/lib/transcript/transcript-schema";

type Props = {
  disputes: TCallDisputes["disputes"];
  /** The trainee reads their own disputes; staff read the trainee's. */
  audience: "trainee" | "supervisor";
  locale: TLanguage;
  /** What staff may do with an open dispute (the decision form). */
  decide?: (disputeId: string) => ReactNode;
};

/** A call's disputes: the finding, the trainee's reason, and where each stands (open, accepted, rejected with the reply). */
export async function DisputeList({ disputes, audience, locale, decide }: Props) {
  const t = await getTranslations(audience === "trainee" ? "trainee.report.disputes" : "supervisor.disputes");
  return (
    <ul className="disputes">
      {disputes.map((dispute) => (
        <li key={dispute.id} className="card dispute-item" data-status={dispute.status}>
          <p>
            <strong>{t("finding", { n: dispute.finding.turn + 1, rule: ruleTitle(dispute.finding.ruleId, locale) ?? dispute.finding.ruleId })}</strong>{" "}
            <code>{dispute.finding.ruleId}</code>
          </p>
          <p>
            <q>{dispute.finding.evidence}</q>
          </p>
          <p>{t("reason", { reason: dispute.reason })}</p>
          <p className="dispute-state">
            {dispute.status === "open"
              ? t("open")
              : dispute.status === "accepted"
                ? t("accepted", { name: dispute.decidedBy ?? "—" })
                : t("rejected", { name: dispute.decidedBy ?? "—", reply: dispute.reply ?? "" })}
          </p>
          {dispute.status === "open" && decide?.(dispute.id)}
        </li>
      ))}
    </ul>
  );
}
