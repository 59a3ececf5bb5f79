import type { TSeverity } from "../scoring/report-schema";

export type TTextSegment = { text: string; severity?: TSeverity };

const GRAVITY: Record<TSeverity, number> = { positive: 1, minor: 2, major: 3, critical: 4 };

/**
 * Splits a turn's text into plain and marked segments, marking each finding's evidence (its first
 * occurrence; the scorer quotes exact substrings). Where quotes overlap, the gravest finding's
 * severity marks the overlap and the run stays one mark; quotes that merely touch stay separate
 * marks. Evidence that is not in the text marks nothing.
 */
export function markEvidence(text: string, marks: readonly { evidence: string; severity: TSeverity }[]): TTextSegment[] {
  const ranges = marks.flatMap(({ evidence, severity }) => {
    const start = evidence ? text.indexOf(evidence) : -1;
    return start < 0 ? [] : [{ start, end: start + evidence.length, severity }];
  });
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((range) => [range.start, range.end])])].sort((a, b) => a - b);
  const segments: (TTextSegment & { covering: Set<number> })[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!];
    const covering = new Set(ranges.flatMap((range, index) => (range.start <= start && end <= range.end ? [index] : [])));
    const severity = [...covering]
      .map((index) => ranges[index]!.severity)
      .reduce<TSeverity | undefined>((gravest, next) => (!gravest || GRAVITY[next] > GRAVITY[gravest] ? next : gravest), undefined);
    const previous = segments.at(-1);
    const sameRun = previous && previous.severity === severity && (!severity || [...covering].some((index) => previous.covering.has(index)));
    if (sameRun) {
      previous.text += text.slice(start, end);
      previous.covering = covering;
    } else segments.push({ text: text.slice(start, end), ...(severity ? { severity } : {}), covering });
  }
  return segments.map(({ covering: _covering, ...segment }) => segment);
}
