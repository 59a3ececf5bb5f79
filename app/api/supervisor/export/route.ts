import { guardRoute } from "@/app/_lib/guard-route";
import { getPrisma } from "@/lib/db/get-database";
import { exportResultsCsv } from "@/lib/reports/export-results-csv";
import { ZResultsFilter, resultsFilterInput } from "@/lib/reports/results-filter";

export const GET = guardRoute("/api/supervisor/export", async (request, { viewer }) => {
  const filter = ZResultsFilter.parse(resultsFilterInput(new URL(request.url).searchParams));
  const { fileName, csv } = await exportResultsCsv(await getPrisma(), { viewer, filter });
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
    },
  });
});
