"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { sendJson } from "@/app/_lib/send-json";
import { readStoredNotes } from "../_lib/stored-notes";

type Props = { scenarioId: string; assignmentId?: string; label: string; secondary?: boolean };

/** Starts a call on the scenario (counting towards the assignment when given) with the trainee's plan, and opens it. */
export function DialButton({ scenarioId, assignmentId, label, secondary = false }: Props) {
  const t = useTranslations("trainee.brief");
  const tCall = useTranslations("trainee.call");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");

  async function dial() {
    setBusy(true);
    setError("");
    const result = await sendJson<{ callId: string }>("/api/trainee/calls", "POST", { scenarioId, assignmentId, notes: readStoredNotes(scenarioId) }, tCall("network"));
    if (result.ok) return router.push(`/trainee/calls/${result.body.callId}`);
    setBusy(false);
    setError(t("failed", { message: result.message }));
  }

  return (
    <div className="dial">
      <button type="button" className={secondary ? "secondary" : undefined} onClick={dial} disabled={busy}>
        {busy ? t("dialling") : label}
      </button>
      <p role="status" className="error">
        {error}
      </p>
    </div>
  );
}
