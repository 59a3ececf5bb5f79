import type { PrismaClient } from "../../generated/prisma/client";
import { listResults, type ListResultsOptions } from "./list-results";
import { recordResultsExport } from "./record-results-export";
import { resultsToCsv } from "./results-to-csv";

/** The CSV of results under a filter; every export is written to the audit log with its filter. */
export async function exportResultsCsv(prisma: PrismaClient, { viewer, filter }: ListResultsOptions) {
  const rows = await listResults(prisma, { viewer, filter });
  await recordResultsExport(prisma, { viewer, filter, format: "csv", calls: rows.length });
  return { fileName: `parley-results-${new Date().toISOString().slice(0, 10)}.csv`, csv: resultsToCsv(rows) };
}
