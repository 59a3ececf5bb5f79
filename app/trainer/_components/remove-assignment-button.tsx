"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { sendJson } from "@/app/_lib/send-json";

export function RemoveAssignmentButton({ assignmentId, label }: { assignmentId: string; label: string }) {
  const t = useTranslations("trainer");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function remove() {
    const result = await sendJson(`/api/trainer/assignments/${encodeURIComponent(assignmentId)}`, "DELETE", undefined, t("errors.network"));
    if (!result.ok) return setError(result.message);
    router.refresh();
  }
  return (
    <>
      <button type="button" className="secondary" aria-label={label} onClick={remove}>
        {t("assign.remove")}
      </button>
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
    </>
  );
}
