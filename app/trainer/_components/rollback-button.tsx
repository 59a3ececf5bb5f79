"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { sendJson } from "@/app/_lib/send-json";

/** Saves an old version again as the newest one, then shows the refreshed list. */
export function RollbackButton({ scenarioId, version }: { scenarioId: string; version: number }) {
  const t = useTranslations("trainer");
  const router = useRouter();
  const [state, setState] = useState<{ busy: boolean; message?: string; ok?: boolean }>({ busy: false });
  async function rollback() {
    if (!window.confirm(t("history.confirmRollback", { version }))) return;
    setState({ busy: true });
    const result = await sendJson<{ version: number }>(
      `/api/trainer/scenarios/${encodeURIComponent(scenarioId)}/versions/${version}/rollback`,
      "POST",
      undefined,
      t("errors.network"),
    );
    if (!result.ok) return setState({ busy: false, ok: false, message: result.message });
    setState({ busy: false, ok: true, message: t("history.rolledBack", { from: version, version: result.body.version }) });
    router.refresh();
  }
  return (
    <>
      <button type="button" className="secondary" onClick={rollback} disabled={state.busy}>
        {state.busy ? t("history.rollingBack") : t("history.rollback", { version })}
      </button>
      {state.message && (
        <span role="status" className={state.ok ? "ok" : "error"}>
          {state.message}
        </span>
      )}
    </>
  );
}
