import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { recordAudit } from "../audit/record-audit";
import type { TResultsFilter } from "./results-filter";

export type RecordResultsExportOptions = { viewer: TViewer; filter: TResultsFilter; format: "csv" | "print"; calls: number };

/** Every export of results goes to the audit log with what was asked for and how many calls left. */
export async function recordResultsExport(prisma: PrismaClient, { viewer, filter, format, calls }: RecordResultsExportOptions) {
  await recordAudit(prisma, {
    actorId: viewer.id,
    action: "report.export",
    entityType: "results",
    entityId: filter.teamId ?? "all-teams",
    detail: { format, filter, calls },
  });
}
