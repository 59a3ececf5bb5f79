import { z } from "zod";

const optionalText = z.preprocess((value) => (value === "" ? undefined : value), z.string().min(1).max(200).optional());
const optionalDay = z.preprocess((value) => (value === "" ? undefined : value), z.iso.date("expected a date as YYYY-MM-DD").optional());

/**
 * The filters of the dashboard, the CSV export and the printable report, as they arrive in a URL.
 * Days are calendar days in the team's time zone (resultsTimeZone.ts), both ends included.
 */
export const ZResultsFilter = z
  .object({ teamId: optionalText, traineeId: optionalText, scenarioId: optionalText, from: optionalDay, to: optionalDay })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, { path: ["to"], message: "must not be before from" });
export type TResultsFilter = z.infer<typeof ZResultsFilter>;

type TSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

/**
 * The filter's fields out of searchParams (a page's or a request URL's), ready for ZResultsFilter:
 * a repeated parameter counts by its first value. Routes parse (a bad filter is a 400); pages
 * safeParse and say which field is wrong.
 */
export function resultsFilterInput(searchParams: TSearchParams): Record<string, string | undefined> {
  const get = (key: string) => {
    if (searchParams instanceof URLSearchParams) return searchParams.get(key) ?? undefined;
    const value = searchParams[key];
    return Array.isArray(value) ? value[0] : value;
  };
  return Object.fromEntries(Object.keys(ZResultsFilter.shape).map((key) => [key, get(key)]));
}

/** The filter as a query string, for links that keep it (export, print). */
export function resultsFilterQuery(filter: TResultsFilter): string {
  const entries = Object.entries(filter).filter((entry): entry is [string, string] => typeof entry[1] === "string");
  return new URLSearchParams(entries).toString();
}
