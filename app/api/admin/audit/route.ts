import { guardRoute } from "@/app/_lib/guard-route";
import { ZAuditQuery } from "@/lib/audit/audit-query";
import { auditToCsv } from "@/lib/audit/audit-to-csv";
import { searchAudit } from "@/lib/audit/search-audit";
import { getPrisma } from "@/lib/db/get-database";

/** The audit log filtered as the query says (actor, action, from, to, tz, page); `format=csv` downloads every matching entry. */
export const GET = guardRoute("/api/admin/audit", async (request) => {
  const params = new URL(request.url).searchParams;
  const query = ZAuditQuery.parse(Object.fromEntries(params));
  if (params.get("format") !== "csv") return (await searchAudit(await getPrisma(), query)).entries;
  const { entries } = await searchAudit(await getPrisma(), query, { all: true });
  return new Response(auditToCsv(entries), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="parley-audit-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
});
