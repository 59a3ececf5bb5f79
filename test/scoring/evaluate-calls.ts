import { readFileSync } from "node:fs";
import { z } from "zod";
import { assessCall } from "../../lib/scoring/assess-call";
import { ZCategory, type TCategory, type TScoreReport } from "../../lib/scoring/report-schema";
import { scoreTranscript } from "../../lib/scoring/score-transcript";
import { ZTranscript } from "../../lib/transcript/transcript-schema";
import { categoriesFound, emptyTally, tallyTurn, type TCounts } from "./evaluate-corpus";

/** One labelled whole call, as test/scoring/calls/README.md describes. */
export const ZLabelledCall = z.object({
  id: z.string(),
  quality: z.enum(["excellent", "average", "bad"]),
  transcript: ZTranscript,
  expect: z.array(z.object({ turn: z.number().int().nonnegative(), categories: z.array(ZCategory) })),
  note: z.string().optional(),
});
export type TLabelledCall = z.infer<typeof ZLabelledCall>;

export type TCallResult = { id: string; quality: TLabelledCall["quality"]; ruleset: string; report: TScoreReport; passed: boolean; reasons: string[] };
export type TCallsEvaluation = {
  calls: TCallResult[];
  perCategory: Record<TCategory, TCounts>;
  violations: TCounts;
  strengths: TCounts;
  misses: { id: string; turn: number; category: TCategory }[];
  falseAlarms: { id: string; turn: number; category: TCategory; evidence: string }[];
};

export function loadCalls(file: string): TLabelledCall[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, index) => {
      const parsed = ZLabelledCall.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}

/** Scores each call, compares the findings turn by turn with the labels, and keeps each call's verdict. */
export function evaluateCalls(calls: readonly TLabelledCall[]): TCallsEvaluation {
  const evaluation: TCallsEvaluation = { calls: [], ...emptyTally(), misses: [], falseAlarms: [] };
  for (const call of calls) {
    const report = scoreTranscript(call.transcript);
    const verdict = assessCall(report.scores, report.findings);
    evaluation.calls.push({ id: call.id, quality: call.quality, ruleset: call.transcript.ruleset, report, passed: verdict.passed, reasons: verdict.reasons });
    call.transcript.turns.forEach((turn, index) => {
      if (turn.speaker !== "agent") return;
      tallyTurn(
        evaluation,
        categoriesFound(report.findings, index),
        new Set(call.expect.find((item) => item.turn === index)?.categories ?? []),
        (category, finding) => evaluation.falseAlarms.push({ id: call.id, turn: index, category, evidence: finding.evidence }),
        (category) => evaluation.misses.push({ id: call.id, turn: index, category }),
      );
    });
  }
  return evaluation;
}

export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length === 0 ? Number.NaN : sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
