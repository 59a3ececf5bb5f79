import type { PrismaClient } from "../../generated/prisma/client";
import { listResults, type ListResultsOptions } from "./list-results";
import { listScenarioTitles } from "./list-scenario-titles";
import { recordResultsExport } from "./record-results-export";
import { resultsTimeZone } from "./results-time-zone";
import { resultsToCsv, type ResultsToCsvOptions } from "./results-to-csv";

export type ExportResultsCsvOptions = ListResultsOptions & Omit<ResultsToCsvOptions, "titles">;

/** The CSV of results under a filter, for its reader; every export is written to the audit log with its filter. */
export async function exportResultsCsv(prisma: PrismaClient, { viewer, filter, ...reader }: ExportResultsCsvOptions) {
  const rows = await listResults(prisma, { viewer, filter, teamTimeZone: await resultsTimeZone(prisma, viewer, filter.teamId) });
  const titles = await listScenarioTitles(prisma, rows);
  await recordResultsExport(prisma, { viewer, filter, format: "csv", calls: rows.length });
  return { fileName: `parley-results-${new Date().toISOString().slice(0, 10)}.csv`, csv: resultsToCsv(rows, { ...reader, titles }) };
}
