import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { guardPage } from "@/app/_lib/guard-page";
import { AuditFilterForm } from "@/app/admin/_components/audit-filter-form";
import { AuditTable } from "@/app/admin/_components/audit-table";
import { listUsers } from "@/lib/accounts/list-users";
import { ZAuditQuery } from "@/lib/audit/audit-query";
import { ZAuditAction } from "@/lib/audit/record-audit";
import { searchAudit } from "@/lib/audit/search-audit";
import { getPrisma } from "@/lib/db/get-database";

export default guardPage("/admin/audit", async ({ searchParams }) => {
  const prisma = await getPrisma();
  const query = ZAuditQuery.parse(searchParams);
  const [log, users, t] = await Promise.all([searchAudit(prisma, query), listUsers(prisma), getTranslations("admin")]);
  const pageLink = (page: number) => {
    const params = new URLSearchParams(Object.entries({ ...query, page }).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])));
    return `/admin/audit?${params}` as const;
  };
  return (
    <>
      <p>
        <Link href="/admin">{t("person.back")}</Link>
      </p>
      <h1>{t("audit")}</h1>
      <AuditFilterForm
        people={users.map((user) => ({ value: user.id, label: `${user.name} (${user.username})` }))}
        actions={ZAuditAction.options.map((action) => ({ value: action, label: t(`actions.${action}` as never) }))}
        current={{ actor: query.actor, action: query.action, from: query.from, to: query.to }}
      />
      <p className="muted" role="status">
        {t("pageOf", { page: log.page, pages: log.pageCount, total: log.total })}
      </p>
      {log.entries.length === 0 ? <p>{t("none")}</p> : <AuditTable entries={log.entries} />}
      <nav className="row" aria-label={t("paging")}>
        {log.page > 1 && <Link href={pageLink(log.page - 1)}>{t("previous")}</Link>}
        {log.page < log.pageCount && <Link href={pageLink(log.page + 1)}>{t("next")}</Link>}
      </nav>
    </>
  );
});
