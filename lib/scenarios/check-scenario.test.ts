import { expect, it } from "vitest";
import { bucketFor } from "./check-scenario";

it("buckets days past due in 30-day months, M6+ from day 151", () => {
  expect([1, 30, 31, 60, 61, 90, 91, 120, 121, 150, 151, 400].map(bucketFor)).toEqual(["M1", "M1", "M2", "M2", "M3", "M3", "M4", "M4", "M5", "M5", "M6+", "M6+"]);
});
