import { z } from "zod";

/** The zone of a team that has not set one: Team has no language to guess from, and UTC is never silently wrong by a day for everyone. */
export const DEFAULT_TEAM_TIME_ZONE = "UTC";

function canonicalZone(value: string): string | null {
  try {
    return new Intl.DateTimeFormat("en", { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** An IANA time zone the runtime knows (Asia/Shanghai, Europe/London, UTC), kept in its canonical spelling. */
export const ZTimeZone = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine((value) => canonicalZone(value) !== null, { message: "expected an IANA time zone such as Asia/Shanghai" })
  .transform((value) => canonicalZone(value)!);

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function dayIn(instant: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(timeZone, format);
  }
  return format.format(instant);
}

/** How far the zone's clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, Number(part.value)]),
  );
  const local = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return local - Math.floor(instant / 1000) * 1000;
}

/** The instant a calendar day (YYYY-MM-DD) starts in a time zone, daylight-saving changes included. */
export function startOfDayIn(day: string, timeZone: string): Date {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  let instant = midnightUtc - offsetAt(midnightUtc, timeZone);
  // The offset at the first guess can differ from the one at local midnight across a clock change: correct once.
  instant = midnightUtc - offsetAt(instant, timeZone);
  return new Date(instant);
}

/** The instant after the last moment of a calendar day in a time zone (the next day's start). */
export function endOfDayIn(day: string, timeZone: string): Date {
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 24 * 3600 * 1000).toISOString().slice(0, 10);
  return startOfDayIn(next, timeZone);
}
