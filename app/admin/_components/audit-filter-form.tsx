"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Select } from "./admin-forms";

type Option = { value: string; label: string };
type Props = { people: Option[]; actions: Option[]; current: { actor?: string; action?: string; from?: string; to?: string } };

/**
 * Filters the log by person, action and days. Days are the reader's own, so the form sends the
 * browser's offset from UTC with them; the CSV link downloads what the filters select.
 */
export function AuditFilterForm({ people, actions, current }: Props) {
  const t = useTranslations("admin");
  const [tz, setTz] = useState("0");
  useEffect(() => setTz(String(new Date().getTimezoneOffset())), []);
  const query = new URLSearchParams(Object.entries({ ...current, tz }).filter((entry): entry is [string, string] => Boolean(entry[1])));
  query.set("format", "csv");
  return (
    <form method="get" className="row card audit-filters">
      <input type="hidden" name="tz" value={tz} />
      <div>
        <label htmlFor="audit-actor">{t("filters.person")}</label>
        <Select id="audit-actor" name="actor" options={people} empty={t("filters.anyone")} defaultValue={current.actor ?? ""} />
      </div>
      <div>
        <label htmlFor="audit-action">{t("filters.action")}</label>
        <Select id="audit-action" name="action" options={actions} empty={t("filters.anyAction")} defaultValue={current.action ?? ""} />
      </div>
      <div>
        <label htmlFor="audit-from">{t("filters.from")}</label>
        <input id="audit-from" name="from" type="date" defaultValue={current.from} />
      </div>
      <div>
        <label htmlFor="audit-to">{t("filters.to")}</label>
        <input id="audit-to" name="to" type="date" defaultValue={current.to} />
      </div>
      <button type="submit">{t("filters.apply")}</button>
      <a href={`/api/admin/audit?${query}`} download>
        {t("filters.csv")}
      </a>
    </form>
  );
}
