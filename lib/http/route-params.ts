/** Longest id a URL segment may carry; every id Parley makes is far shorter (cuid, uuid, slug). */
export const MAX_ID_CHARS = 200;

// A control character (NUL above all) cannot be stored or looked up in PostgreSQL text; a "%" left
// in a value means the segment was not valid percent-encoding and could not be decoded.
const IMPLAUSIBLE = /[\u0000-\u001f\u007f%]/;

/**
 * Whether every path parameter could name something Parley stores. One that cannot names nothing:
 * the route answers 404 rather than letting the database reject the lookup.
 */
export function hasPlausibleIds(params: unknown): boolean {
  if (typeof params !== "object" || params === null) return true;
  return Object.values(params).every((value) => {
    const values: unknown[] = Array.isArray(value) ? value : [value];
    return values.every((part) => typeof part !== "string" || (part.length <= MAX_ID_CHARS && !IMPLAUSIBLE.test(part)));
  });
}
