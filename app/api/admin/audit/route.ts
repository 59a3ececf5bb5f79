import { guardRoute } from "@/app/_lib/guard-route";
import { listAudit } from "@/lib/audit/list-audit";
import { getPrisma } from "@/lib/db/get-database";

export const GET = guardRoute("/api/admin/audit", async () => listAudit(await getPrisma()));
