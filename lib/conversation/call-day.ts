import { z } from "zod";

export const ZCallDay = z.iso.date().describe("The day of the call, YYYY-MM-DD");

/** Today's date where the server runs, as the day of a call. */
export function today(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
