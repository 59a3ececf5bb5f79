"use client";

import { useTranslations } from "next-intl";
import { sendJson, type TApiResult } from "./send-json";

/**
 * sendJson for the admin and account forms, with a refusal worded in the reader's language: by the
 * refusal's reason (a taken username), else by the fields that were wrong, else by its kind.
 */
export function useApiRequest() {
  const t = useTranslations("admin.errors");
  const explain = (refusal: TApiResult<unknown> & { ok: false }): string => {
    const details = refusal.error?.details;
    const reason = (details as { reason?: string } | undefined)?.reason;
    if (reason && t.has(reason)) return t(reason as never);
    if (Array.isArray(details)) {
      const fields = [...new Set(details.map((detail: { path?: string }) => String(detail.path ?? "").split(".")[0]))];
      const known = fields.filter((field) => t.has(`field.${field}`));
      if (known.length > 0) return known.map((field) => t(`field.${field}` as never)).join(" ");
    }
    if (refusal.status === 403) return t("forbidden");
    return t("failed", { message: refusal.error?.message ?? String(refusal.status) });
  };
  return async function send<T = unknown>(url: string, method: "POST" | "PATCH" | "DELETE", body?: unknown): Promise<TApiResult<T>> {
    const result = await sendJson<T>(url, method, body, t("network"));
    return result.ok || result.status === 0 ? result : { ...result, message: explain(result) };
  };
}
