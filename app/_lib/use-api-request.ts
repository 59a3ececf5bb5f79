"use client";

import { useTranslations } from "next-intl";

export type TAdminResult<T> = { ok: true; body: T } | { ok: false; message: string };
type TErrorBody = { error?: { code?: string; message?: string; details?: unknown } };

/**
 * Sends JSON to an admin or account API and words a refusal in the reader's language: by the
 * refusal's reason (a taken username), else by the fields that were wrong, else by its kind.
 */
export function useApiRequest() {
  const t = useTranslations("admin.errors");
  const explain = (status: number, body: TErrorBody | null): string => {
    const details = body?.error?.details;
    const reason = (details as { reason?: string } | undefined)?.reason;
    if (reason && t.has(reason)) return t(reason as never);
    if (Array.isArray(details)) {
      const fields = [...new Set(details.map((detail: { path?: string }) => String(detail.path ?? "").split(".")[0]))];
      const known = fields.filter((field) => t.has(`field.${field}`));
      if (known.length > 0) return known.map((field) => t(`field.${field}` as never)).join(" ");
    }
    if (status === 403) return t("forbidden");
    return t("failed", { message: body?.error?.message ?? String(status) });
  };
  return async function send<T = unknown>(url: string, method: "POST" | "PATCH" | "DELETE", body?: unknown): Promise<TAdminResult<T>> {
    let response: Response;
    try {
      response = await fetch(url, { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch {
      return { ok: false, message: t("network") };
    }
    const json = response.status === 204 ? null : ((await response.json().catch(() => null)) as unknown);
    return response.ok ? { ok: true, body: json as T } : { ok: false, message: explain(response.status, json as TErrorBody | null) };
  };
}
