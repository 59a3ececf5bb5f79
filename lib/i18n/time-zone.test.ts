import { describe, expect, it } from "vitest";
import { readTimeZone } from "./time-zone";

describe("the reader's time zone", () => {
  it("takes a zone the runtime knows, and UTC for anything else", () => {
    expect(readTimeZone("Asia/Shanghai")).toBe("Asia/Shanghai");
    expect(readTimeZone("America/New_York")).toBe("America/New_York");
    expect(readTimeZone(undefined)).toBe("UTC");
    expect(readTimeZone("Mars/Olympus_Mons")).toBe("UTC");
    expect(readTimeZone("x".repeat(100))).toBe("UTC");
  });
});
