import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffLines, type TDiffLine } from "./diff-lines";

const render = (lines: TDiffLine[]) => lines.map((line) => `${{ same: " ", added: "+", removed: "-" }[line.kind]}${line.text}`);

describe("diffLines", () => {
  it("marks a changed line as removed then added, keeping the lines around it", () => {
    expect(render(diffLines("a\nb\nc\nd", "a\nB\nc\nd\ne"))).toEqual([" a", "-b", "+B", " c", " d", "+e"]);
  });

  it("numbers lines on both sides", () => {
    expect(diffLines("x\ny", "w\nx\ny")).toEqual([
      { kind: "added", text: "w", newLine: 1 },
      { kind: "same", text: "x", oldLine: 1, newLine: 2 },
      { kind: "same", text: "y", oldLine: 2, newLine: 3 },
    ]);
  });

  it("reports identical texts as all the same", () => {
    expect(diffLines("a\nb", "a\nb").every((line) => line.kind === "same")).toBe(true);
  });

  it("keeps the longest common run when lines move", () => {
    expect(render(diffLines("a\nb\nc\nd", "b\nc\nd\na"))).toEqual(["-a", " b", " c", " d", "+a"]);
  });

  it("rebuilds both texts and keeps the most lines in common (property)", () => {
    const text = fc.array(fc.constantFrom("a", "b", "c", "d"), { maxLength: 12 }).map((lines) => lines.join("\n"));
    fc.assert(
      fc.property(text, text, (oldText, newText) => {
        const lines = diffLines(oldText, newText);
        expect(
          lines
            .filter((line) => line.kind !== "added")
            .map((line) => line.text)
            .join("\n"),
        ).toBe(oldText);
        expect(
          lines
            .filter((line) => line.kind !== "removed")
            .map((line) => line.text)
            .join("\n"),
        ).toBe(newText);
        expect(lines.filter((line) => line.kind === "same").length).toBe(lcsLength(oldText.split("\n"), newText.split("\n")));
      }),
    );
  });
});

function lcsLength(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (a[0] === b[0]) return 1 + lcsLength(a.slice(1), b.slice(1));
  return Math.max(lcsLength(a.slice(1), b), lcsLength(a, b.slice(1)));
}
