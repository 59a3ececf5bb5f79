import { dayIn } from "../teams/team-time-zone";
import { KEY_SKILLS, type TResultAssessment, type TScores } from "./assess-result";

type TSummarisable = Pick<TResultAssessment, "passed" | "held" | "rulesBroken" | "missingSkills"> & {
  date: Date;
  scores: TScores;
  findings: readonly { severity: string; ruleId: string }[];
};

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/**
 * The dashboard's figures over a set of assessed calls. A call that was never really held (wasHeld:
 * no work done, no rule broken) is counted apart in `notHeld` and in no other figure: it is neither
 * a pass nor a fail, and its score is no score of a call.
 * - calls: the calls held, the pass rate's denominator;
 * - scoresOverTime: per calendar day with calls in `timeZone` (the team's; UTC by default), the mean of each score (one decimal), oldest day first;
 * - passRate: passing calls ÷ calls (see assessResult), null without calls;
 * - rulesBroken: per rule, how many faults it recorded and in how many calls, most faults first;
 * - skillsMissing: per key skill, how many calls lacked it and their share.
 */
export function summariseResults(assessed: readonly TSummarisable[], timeZone = "UTC") {
  const results = assessed.filter((result) => result.held);
  const days = new Map<string, TScores[]>();
  for (const result of results) {
    const day = dayIn(result.date, timeZone);
    days.set(day, [...(days.get(day) ?? []), result.scores]);
  }
  const scoresOverTime = [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, scores]) => {
      const mean = (key: keyof TScores) => oneDecimal(scores.reduce((sum, score) => sum + score[key], 0) / scores.length);
      return { day, calls: scores.length, overall: mean("overall"), empathy: mean("empathy"), accuracy: mean("accuracy"), compliance: mean("compliance") };
    });

  const rules = new Map<string, { ruleId: string; faults: number; calls: number }>();
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.severity === "positive") continue;
      const entry = rules.get(finding.ruleId) ?? { ruleId: finding.ruleId, faults: 0, calls: 0 };
      entry.faults += 1;
      rules.set(finding.ruleId, entry);
    }
    for (const ruleId of result.rulesBroken) rules.get(ruleId)!.calls += 1;
  }

  const passed = results.filter((result) => result.passed).length;
  return {
    calls: results.length,
    notHeld: assessed.length - results.length,
    passed,
    passRate: results.length === 0 ? null : passed / results.length,
    scoresOverTime,
    rulesBroken: [...rules.values()].sort((a, b) => b.faults - a.faults || b.calls - a.calls || a.ruleId.localeCompare(b.ruleId)),
    skillsMissing: KEY_SKILLS.map((skill) => {
      const calls = results.filter((result) => result.missingSkills.includes(skill)).length;
      return { skill, calls, share: results.length === 0 ? null : calls / results.length };
    }),
  };
}
export type TResultsSummary = ReturnType<typeof summariseResults>;
