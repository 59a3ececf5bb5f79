import { getTranslations } from "next-intl/server";
import { LocalTime } from "@/app/_components/local-time";
import type { TAuditPage } from "@/lib/audit/search-audit";

type TEntry = TAuditPage["entries"][number];

const text = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value) : undefined);

/** The particulars worth reading in a line: what a change changed, a version's note, a due date, the username tried. */
function particulars(detail: unknown): string {
  if (typeof detail !== "object" || detail === null) return "";
  const d = detail as Record<string, unknown>;
  const before = (d.before ?? {}) as Record<string, unknown>;
  const after = (d.after ?? {}) as Record<string, unknown>;
  if (typeof d.before === "string") return `${d.before} → ${text(d.after) ?? ""}`;
  const changes = Object.keys(after).map((key) => `${key}: ${text(before[key]) ?? "—"} → ${text(after[key]) ?? "—"}`);
  return [...changes, text(d.note), text(d.dueOn), text(d.username) && `@${d.username}`, text(d.fileName)].filter(Boolean).join("; ");
}

export async function AuditTable({ entries }: { entries: TEntry[] }) {
  const t = await getTranslations("admin");
  const actionLabel = (action: string) => (t.has(`actions.${action}`) ? t(`actions.${action}` as never) : action);
  const subjectLabel = (type: string) => (t.has(`subjects.${type}`) ? t(`subjects.${type}` as never) : type);
  return (
    <table className="audit">
      <thead>
        <tr>
          <th scope="col">{t("when")}</th>
          <th scope="col">{t("who")}</th>
          <th scope="col">{t("what")}</th>
          <th scope="col">{t("subject")}</th>
          <th scope="col">{t("particulars")}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} data-action={entry.action}>
            <td>
              <LocalTime iso={entry.createdAt.toISOString()} />
            </td>
            <td>{entry.actor ? `${entry.actor.name}${entry.actor.username ? ` (${entry.actor.username})` : ""}` : t("system")}</td>
            <td>{actionLabel(entry.action)}</td>
            <td>
              <span className="muted">{subjectLabel(entry.subject.type)}</span> {entry.subject.name}
              {entry.subject.member && ` · ${entry.subject.member}`}
            </td>
            <td>{particulars(entry.detail)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
