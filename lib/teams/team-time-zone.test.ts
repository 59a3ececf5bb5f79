import { describe, expect, it } from "vitest";
import { dayIn, endOfDayIn, startOfDayIn, ZTimeZone } from "./team-time-zone";

describe("a team's days in its time zone", () => {
  it("puts a Shanghai call between 00:00 and 08:00 local on its local day, not the UTC one", () => {
    // 2026-11-21 01:30 in Shanghai is 2026-11-20 17:30 UTC.
    const call = new Date("2026-11-20T17:30:00Z");
    expect(dayIn(call, "Asia/Shanghai")).toBe("2026-11-21");
    expect(dayIn(call, "UTC")).toBe("2026-11-20");
    expect(dayIn(new Date("2026-11-20T23:59:00Z"), "Asia/Shanghai")).toBe("2026-11-21");
    expect(dayIn(new Date("2026-11-20T15:59:59Z"), "Asia/Shanghai")).toBe("2026-11-20");
  });

  it("starts and ends a day at the zone's midnight, across daylight-saving changes", () => {
    expect(startOfDayIn("2026-11-21", "Asia/Shanghai").toISOString()).toBe("2026-11-20T16:00:00.000Z");
    expect(endOfDayIn("2026-11-21", "Asia/Shanghai").toISOString()).toBe("2026-11-21T16:00:00.000Z");
    expect(startOfDayIn("2026-07-01", "Europe/London").toISOString()).toBe("2026-06-30T23:00:00.000Z");
    expect(startOfDayIn("2026-12-01", "Europe/London").toISOString()).toBe("2026-12-01T00:00:00.000Z");
    // The day the clocks go back in New York (2026-11-01) is 25 hours long.
    expect(endOfDayIn("2026-11-01", "America/New_York").getTime() - startOfDayIn("2026-11-01", "America/New_York").getTime()).toBe(25 * 3600 * 1000);
    expect(startOfDayIn("2026-11-21", "UTC").toISOString()).toBe("2026-11-21T00:00:00.000Z");
  });

  it("accepts IANA zones in their canonical spelling and refuses anything else", () => {
    expect(ZTimeZone.parse("asia/shanghai")).toBe("Asia/Shanghai");
    expect(ZTimeZone.safeParse("Mars/Olympus").success).toBe(false);
    expect(ZTimeZone.safeParse("").success).toBe(false);
  });
});
