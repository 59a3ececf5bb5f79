import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getScenarioOrThrow } from "../scenarios/get-scenario";
import { identityDetailValue } from "./identity-details";

const SCENARIOS = path.join(import.meta.dirname, "..", "..", "scenarios");
const ids = readdirSync(SCENARIOS)
  .filter((file) => file.endsWith(".yaml"))
  .map((file) => file.replace(/\.yaml$/, ""));
const EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** The birthday said back, as a date: "1953年5月21日", "April 8, 1982", "21 May 1953". */
function birthday(said: string): Date {
  const zh = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(said);
  if (zh) return new Date(Date.UTC(Number(zh[1]), Number(zh[2]) - 1, Number(zh[3])));
  const words = said.toLowerCase().replace(",", "").split(" ");
  const month = words.findIndex((word) => EN_MONTHS.includes(word));
  const numbers = words.filter((word) => /^\d+$/.test(word)).map(Number);
  return new Date(Date.UTC(numbers.find((n) => n > 31)!, EN_MONTHS.indexOf(words[month]!), numbers.find((n) => n <= 31)!));
}

describe("the birthday a customer gives", () => {
  it.each(ids)("%s: gives the age the case file shows on its date", async (id) => {
    const scenario = await getScenarioOrThrow(id);
    const born = birthday(identityDetailValue("birth_date", scenario)!);
    const asOf = new Date(`${scenario.caseFile.case.asOf}T00:00:00Z`);
    const hadBirthday = asOf.getUTCMonth() > born.getUTCMonth() || (asOf.getUTCMonth() === born.getUTCMonth() && asOf.getUTCDate() >= born.getUTCDate());
    expect(asOf.getUTCFullYear() - born.getUTCFullYear() - (hadBirthday ? 0 : 1)).toBe(scenario.persona.age);
  });
});
