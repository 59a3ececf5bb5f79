import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { scenarioFilterOptions, type TScenarioFilter } from "@/lib/progress/scenario-filter";

type TRow = Parameters<typeof scenarioFilterOptions>[0][number];

/** A plain GET form: the filters live in the URL, so they work without JavaScript and can be bookmarked. */
export async function ScenarioFilterForm({ rows, filter }: { rows: readonly TRow[]; filter: TScenarioFilter }) {
  const t = await getTranslations("trainee");
  const options = scenarioFilterOptions(rows);
  const fields = [
    { name: "language", values: options.language, label: (value: string) => t(`languageName.${value}`) },
    { name: "archetype", values: options.archetype, label: (value: string) => t(`archetypeName.${value}`) },
    { name: "difficulty", values: options.difficulty, label: (value: string) => t(`difficultyName.${value}`) },
  ] as const;
  return (
    <form method="get" action="/trainee" className="card filters">
      <fieldset>
        <legend>{t("filters.legend")}</legend>
        <div className="row">
          {fields.map((field) => (
            <div key={field.name}>
              <label htmlFor={`filter-${field.name}`}>{t(`filters.${field.name}`)}</label>
              <select id={`filter-${field.name}`} name={field.name} defaultValue={filter[field.name] ?? ""}>
                <option value="">{t("filters.any")}</option>
                {field.values.map((value) => (
                  <option key={value} value={value}>
                    {field.label(String(value))}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <button type="submit">{t("filters.apply")}</button>
          <Link href="/trainee">{t("filters.clear")}</Link>
        </div>
      </fieldset>
    </form>
  );
}
