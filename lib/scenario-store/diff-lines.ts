export type TDiffLine =
  | { kind: "same"; text: string; oldLine: number; newLine: number }
  | { kind: "removed"; text: string; oldLine: number }
  | { kind: "added"; text: string; newLine: number };

/**
 * A line diff of two texts by longest common subsequence. The common head and tail are taken off
 * first: versions of one scenario differ in a few places, so the quadratic table stays small.
 */
export function diffLines(oldText: string, newText: string): TDiffLine[] {
  const a = oldText.split("\n");
  const b = newText.split("\n");
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;

  const oldMiddle = a.slice(head, a.length - tail);
  const newMiddle = b.slice(head, b.length - tail);
  const same = (oldStart: number, newStart: number, count: number): TDiffLine[] =>
    a.slice(oldStart, oldStart + count).map((text, index) => ({ kind: "same", text, oldLine: oldStart + index + 1, newLine: newStart + index + 1 }));
  return [...same(0, 0, head), ...diffMiddle(oldMiddle, newMiddle, head), ...same(a.length - tail, b.length - tail, tail)];
}

function diffMiddle(a: string[], b: string[], offset: number): TDiffLine[] {
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const lines: TDiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push({ kind: "same", text: a[i]!, oldLine: offset + i + 1, newLine: offset + j + 1 });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!)) {
      // Removals before additions, as diff tools show a changed line.
      lines.push({ kind: "removed", text: a[i]!, oldLine: offset + i + 1 });
      i++;
    } else {
      lines.push({ kind: "added", text: b[j]!, newLine: offset + j + 1 });
      j++;
    }
  }
  return lines;
}
