/** Longest id a URL segment may carry; every id Parley makes is far shorter (cuid, uuid, slug). */
export const MAX_ID_CHARS = 200;

/**
 * A control character (NUL above all) cannot be stored or looked up in PostgreSQL text; a "%" left
 * in a value means the segment was not valid percent-encoding and could not be decoded.
 */
const implausible = (value: string) => [...value].some((char) => char === "%" || char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);

/**
 * Whether every path parameter could name something Parley stores. One that cannot names nothing:
 * the route answers 404 rather than letting the database reject the lookup.
 */
export function hasPlausibleIds(params: unknown): boolean {
  if (typeof params !== "object" || params === null) return true;
  return Object.values(params).every((value) => {
    const values: unknown[] = Array.isArray(value) ? value : [value];
    return values.every((part) => typeof part !== "string" || (part.length <= MAX_ID_CHARS && !implausible(part)));
  });
}

/** Whether any query parameter (name or value) holds a NUL character, which no lookup can use. */
export function queryHoldsNul(url: string): boolean {
  for (const [name, value] of new URL(url).searchParams) if (name.includes("\u0000") || value.includes("\u0000")) return true;
  return false;
}

/** The same for the search parameters a page receives. */
export function searchParamsHoldNul(params: Record<string, string | string[] | undefined>): boolean {
  return Object.entries(params).some(([name, value]) => name.includes("\u0000") || [value ?? []].flat().some((part) => part.includes("\u0000")));
}
