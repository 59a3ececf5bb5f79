import { describe, expect, it } from "vitest";
import { diffLines } from "./diff-lines";
import { foldDiff } from "./fold-diff";

const numbered = (count: number) => Array.from({ length: count }, (_, index) => `line ${index + 1}`);

describe("foldDiff", () => {
  it("keeps the context around a change and folds the rest", () => {
    const before = numbered(20);
    const after = before.map((line, index) => (index === 9 ? "changed" : line));
    const folded = foldDiff(diffLines(before.join("\n"), after.join("\n")), 2);
    expect(folded.map((line) => (line.kind === "skipped" ? `…${line.count}` : line.text))).toEqual(["…7", "line 8", "line 9", "line 10", "changed", "line 11", "line 12", "…8"]);
  });

  it("folds identical texts into one entry", () => {
    expect(foldDiff(diffLines("a\nb", "a\nb"))).toEqual([{ kind: "skipped", count: 2 }]);
  });
});
