import { describe, expect, it } from "vitest";
import { markEvidence } from "./mark-evidence";

describe("markEvidence", () => {
  it("marks a quote inside the text and keeps the rest plain", () => {
    expect(markEvidence("您好,不还钱就让您坐牢。", [{ evidence: "让您坐牢", severity: "critical" }])).toEqual([
      { text: "您好,不还钱就" },
      { text: "让您坐牢", severity: "critical" },
      { text: "。" },
    ]);
  });

  it("gives an overlap the gravest severity and joins neighbours of one severity", () => {
    expect(
      markEvidence("abcdefgh", [
        { evidence: "bcde", severity: "minor" },
        { evidence: "defg", severity: "critical" },
        { evidence: "gh", severity: "critical" },
      ]),
    ).toEqual([{ text: "a" }, { text: "bc", severity: "minor" }, { text: "defgh", severity: "critical" }]);
  });

  it("keeps quotes that only touch as separate marks", () => {
    expect(
      markEvidence("您丈夫欠款了,不还就坐牢", [
        { evidence: "您丈夫欠款了", severity: "critical" },
        { evidence: ",不还就坐牢", severity: "critical" },
      ]),
    ).toEqual([
      { text: "您丈夫欠款了", severity: "critical" },
      { text: ",不还就坐牢", severity: "critical" },
    ]);
  });

  it("marks nothing for a quote the text does not contain, and keeps an empty text empty", () => {
    expect(markEvidence("hello", [{ evidence: "bye", severity: "major" }])).toEqual([{ text: "hello" }]);
    expect(markEvidence("", [])).toEqual([]);
  });
});
