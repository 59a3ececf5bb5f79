import { toCsv } from "../csv/to-csv";
import { MESSAGES } from "../i18n/messages";
import type enSupervisor from "../i18n/messages/en/supervisor.json";
import type enCommon from "../i18n/messages/en/common.json";
import type { TResultRow } from "./list-results";
import { type TLocalizedText, textIn } from "../i18n/localized-text";
import type { TLanguage } from "../transcript/transcript-schema";

export const RESULTS_CSV_COLUMNS = [
  "date",
  "team",
  "trainee",
  "scenario",
  "scenarioId",
  "version",
  "outcome",
  "result",
  "overall",
  "empathy",
  "accuracy",
  "compliance",
  "criticalCount",
  "rulesBroken",
  "link",
] as const;

export type ResultsToCsvOptions = {
  /** The reader's language: headers, outcomes, the verdict and scenario titles. */
  locale: TLanguage;
  /** The reader's IANA time zone: dates are their local time, and the header names the zone. */
  timeZone: string;
  /** Parley's public address, for the link to each call's review. */
  baseUrl: string;
  /** Each scenario version's title, by `scenarioTitleKey`; a missing one shows the scenario id. */
  titles: ReadonlyMap<string, TLocalizedText>;
};

export const scenarioTitleKey = (scenarioId: string | null, version: number | null) => `${scenarioId}@${version}`;

/** "2026-11-23 16:30": sorts as text and every spreadsheet reads it as a date and time. */
function localTime(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** Passed, not passed, or not really held (wasHeld): never counted as a fail. */
function verdictText(row: Pick<TResultRow, "held" | "passed">, words: { passed: string; notPassed: string; notHeld: string; notHeldReason: string }): string {
  if (!row.held) return `${words.notHeld} (${words.notHeldReason})`;
  return row.passed ? words.passed : words.notPassed;
}

/**
 * One row per scored call, RFC 4180 (CRLF line ends), with a UTF-8 byte-order mark, written for the
 * person who downloads it: their language and local time, scenario titles, pass or not, and a link
 * to the call's review. The scenario id stays beside its title for scripts.
 */
export function resultsToCsv(rows: readonly TResultRow[], { locale, timeZone, baseUrl, titles }: ResultsToCsvOptions): string {
  const messages = MESSAGES[locale] as typeof enSupervisor & typeof enCommon;
  const columns = messages.supervisor.export.columns;
  const outcomes: Record<string, string> = messages.outcome;
  const header = RESULTS_CSV_COLUMNS.map((column) => columns[column].replace("{zone}", timeZone));
  const lines = rows.map((row) => {
    const title = titles.get(scenarioTitleKey(row.scenarioId, row.version));
    return [
      localTime(row.date, timeZone),
      row.teams.map((team) => team.name).join("; "),
      row.trainee.name,
      title ? textIn(title, locale) : row.scenarioId,
      row.scenarioId,
      row.version,
      row.outcome === null ? null : (outcomes[row.outcome] ?? row.outcome),
      verdictText(row, messages.supervisor.dashboard),
      row.scores.overall,
      row.scores.empathy,
      row.scores.accuracy,
      row.scores.compliance,
      row.criticalCount,
      row.rulesBroken.join(" "),
      new URL(`/supervisor/calls/${encodeURIComponent(row.callId)}`, baseUrl).toString(),
    ];
  });
  return toCsv(header, lines);
}
