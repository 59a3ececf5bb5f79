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

/** Excel takes a file without a byte-order mark for the local code page and garbles Chinese. */
const UTF8_BOM = "\uFEFF";

function cell(value: string | number | null): string {
  let text = value === null ? "" : String(value);
  // A cell starting with = + - @ is a formula to a spreadsheet; a trainee's name must not run one.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row per scored call, RFC 4180 (CRLF line ends), with a UTF-8 byte-order mark. */
export function resultsToCsv(rows: readonly TResultRow[]): string {
  const lines = rows.map((row) =>
    [
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
    ].map(cell),
  );
  return UTF8_BOM + [RESULTS_CSV_COLUMNS, ...lines].map((line) => line.join(",")).join("\r\n") + "\r\n";
}
