import { z } from "zod";
import { ZArchetype } from "../scenarios/persona-schema";
import type { TScenarioSummary } from "../scenarios/summarise-scenario";
import { ZLanguage } from "../transcript/transcript-schema";

// A URL's value: a repeated parameter counts by its first value, and an empty or unknown one means
// "any", so a hand-edited or stale link still lists scenarios rather than failing.
const param = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (Array.isArray(value) ? value[0] : value), schema.optional().catch(undefined));

/** The trainee's scenario list filters, as they arrive in searchParams or a request URL. */
export const ZScenarioFilter = z.object({
  language: param(ZLanguage),
  archetype: param(ZArchetype),
  difficulty: param(z.coerce.number().int().min(1).max(3)),
});
export type TScenarioFilter = z.infer<typeof ZScenarioFilter>;

type TFilterable = Pick<TScenarioSummary, "language" | "archetype" | "difficulty">;

/** The rows that match every filter that is set, in their order. */
export function filterScenarios<T extends TFilterable>(rows: readonly T[], filter: TScenarioFilter): T[] {
  return rows.filter(
    (row) =>
      (!filter.language || row.language === filter.language) &&
      (!filter.archetype || row.archetype === filter.archetype) &&
      (!filter.difficulty || row.difficulty === filter.difficulty),
  );
}

/** The values the filters can take: only those some scenario has, sorted. */
export function scenarioFilterOptions(rows: readonly TFilterable[]) {
  const distinct = <V extends string | number>(values: V[]) => [...new Set(values)].sort();
  return {
    language: distinct(rows.map((row) => row.language)),
    archetype: distinct(rows.map((row) => row.archetype)),
    difficulty: distinct(rows.map((row) => row.difficulty)),
  };
}
