/** The cookie in which the browser tells the server its time zone, so pages show the reader's local time. */
export const TIME_ZONE_COOKIE = "parley-tz";

/**
 * The reader's IANA time zone from that cookie, when the runtime knows it; otherwise UTC, the
 * server's clock (first visit, or a cookie set by hand to something else).
 */
export function readTimeZone(cookieValue: string | undefined): string {
  if (!cookieValue || cookieValue.length > 64) return "UTC";
  try {
    return new Intl.DateTimeFormat("en", { timeZone: cookieValue }).resolvedOptions().timeZone;
  } catch {
    return "UTC";
  }
}
