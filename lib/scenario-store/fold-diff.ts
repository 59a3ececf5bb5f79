import type { TDiffLine } from "./diff-lines";

export type TFoldedDiffLine = TDiffLine | { kind: "skipped"; count: number };

/** Keeps `context` unchanged lines around each change and folds longer unchanged runs into one entry. */
export function foldDiff(lines: TDiffLine[], context = 3): TFoldedDiffLine[] {
  const near = lines.map(() => false);
  lines.forEach((line, index) => {
    if (line.kind === "same") return;
    for (let other = Math.max(0, index - context); other <= Math.min(lines.length - 1, index + context); other++) near[other] = true;
  });
  const folded: TFoldedDiffLine[] = [];
  lines.forEach((line, index) => {
    if (line.kind !== "same" || near[index]) return void folded.push(line);
    const last = folded.at(-1);
    if (last?.kind === "skipped") last.count++;
    else folded.push({ kind: "skipped", count: 1 });
  });
  return folded;
}
