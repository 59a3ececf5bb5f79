import { toCsv } from "../csv/to-csv";
import type { TResultRow } from "./list-results";

/** Column names stay in English whatever the interface language: scripts read these files too. */
export const RESULTS_CSV_COLUMNS = [
  "date",
  "team",
  "trainee",
  "scenario",
  "version",
  "outcome",
  "overall",
  "empathy",
  "accuracy",
  "compliance",
  "critical_count",
  "rules_broken",
] as const;

/** One row per scored call, RFC 4180 (CRLF line ends), with a UTF-8 byte-order mark. */
export function resultsToCsv(rows: readonly TResultRow[]): string {
  const lines = rows.map((row) => [
    row.date.toISOString(),
    row.teams.map((team) => team.name).join("; "),
    row.trainee.name,
    row.scenarioId,
    row.version,
    row.outcome,
    row.scores.overall,
    row.scores.empathy,
    row.scores.accuracy,
    row.scores.compliance,
    row.criticalCount,
    row.rulesBroken.join(" "),
  ]);
  return toCsv(RESULTS_CSV_COLUMNS, lines);
}
