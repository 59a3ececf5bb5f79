import { ZScenarioIssue, type TScenarioIssue } from "@/lib/scenario-store/check-scenario-source";

export type TSendResult<T> = { ok: true; body: T } | { ok: false; message: string; issues: TScenarioIssue[]; details?: unknown };

/**
 * Sends JSON to a Parley API route and reads the answer, turning the guard's error body
 * ({ error: { message, details } }) into a message and, for scenario problems, their list.
 */
export async function sendJson<T>(url: string, method: "POST" | "DELETE", body?: unknown, networkMessage = "Network error"): Promise<TSendResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    return { ok: false, message: networkMessage, issues: [] };
  }
  const json = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) return { ok: true, body: json as T };
  const details: unknown = json?.error?.details;
  const issues: TScenarioIssue[] = Array.isArray(details) ? details.flatMap((detail) => ZScenarioIssue.safeParse(detail).data ?? []) : [];
  const plain = Array.isArray(details) && issues.length === 0 ? details.map((detail: { path?: string; message?: string }) => `${detail.path}: ${detail.message}`).join("; ") : "";
  return { ok: false, message: [json?.error?.message ?? response.statusText, plain].filter(Boolean).join(" "), issues, details };
}
