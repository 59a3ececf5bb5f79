import { getLocale, getTimeZone } from "next-intl/server";
import { guardRoute } from "@/app/_lib/guard-route";
import { getPrisma } from "@/lib/db/get-database";
import { env } from "@/lib/env";
import { exportResultsCsv } from "@/lib/reports/export-results-csv";
import { ZResultsFilter, resultsFilterInput } from "@/lib/reports/results-filter";
import { ZLanguage } from "@/lib/transcript/transcript-schema";

/** The results as CSV in the reader's language and time zone, with links back to each call. */
export const GET = guardRoute("/api/supervisor/export", async (request, { viewer }) => {
  const filter = ZResultsFilter.parse(resultsFilterInput(new URL(request.url).searchParams));
  const [locale, timeZone] = await Promise.all([getLocale().then((value) => ZLanguage.parse(value)), getTimeZone()]);
  // Without PARLEY_BASE_URL Parley answers only on localhost and 127.0.0.1 (lib/auth), over plain HTTP, as the reader addressed it.
  const baseUrl = env().PARLEY_BASE_URL ?? `http://${request.headers.get("host") ?? new URL(request.url).host}`;
  const { fileName, csv } = await exportResultsCsv(await getPrisma(), { viewer, filter, locale, timeZone, baseUrl });
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
    },
  });
});
