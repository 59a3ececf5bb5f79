import { toCsv } from "../csv/to-csv";
import type { TAuditPage } from "./search-audit";

/** Column names and action codes stay in English whatever the interface language: scripts read these files too. */
export const AUDIT_CSV_COLUMNS = ["time_utc", "actor_name", "actor_username", "action", "subject_type", "subject_id", "subject_name", "member", "detail"] as const;

export function auditToCsv(entries: TAuditPage["entries"]): string {
  return toCsv(
    AUDIT_CSV_COLUMNS,
    entries.map((entry) => [
      entry.createdAt.toISOString(),
      entry.actor?.name ?? "system",
      entry.actor?.username ?? null,
      entry.action,
      entry.subject.type,
      entry.subject.id,
      entry.subject.name,
      entry.subject.member ?? null,
      entry.detail === null ? null : JSON.stringify(entry.detail),
    ]),
  );
}
