const DAY_MS = 86_400_000;

/** Whole days from `earlier` to `later`, both ISO dates (YYYY-MM-DD). */
export function daysBetween(earlier: string, later: string): number {
  return Math.round((Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / DAY_MS);
}
