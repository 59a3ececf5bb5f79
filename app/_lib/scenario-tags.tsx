import { getTranslations } from "next-intl/server";
import type { TScenarioSummary } from "@/lib/scenarios/summarise-scenario";

/** The facts a trainee or trainer scans a scenario list by, in the interface language; who answers is shown to trainers only. */
export async function ScenarioTags({ summary }: { summary: Omit<TScenarioSummary, "answeredBy"> & Partial<Pick<TScenarioSummary, "answeredBy">> }) {
  const [t, tTrainee, tArchetype, tHelp] = await Promise.all([
    getTranslations("scenario"),
    getTranslations("trainee"),
    getTranslations("trainee.archetypeName"),
    getTranslations("trainer.optionHelp.archetype"),
  ]);
  return (
    <p>
      <span className="tag" title={t("language")}>
        {tTrainee(`languageName.${summary.language}`)}
      </span>
      <span className="tag" title={t("ruleset")}>
        {summary.ruleset.toUpperCase()}
      </span>
      <span className="tag" title={`${t("archetype")}: ${tHelp.has(summary.archetype) ? tHelp(summary.archetype) : summary.archetype}`}>
        {tArchetype.has(summary.archetype) ? tArchetype(summary.archetype) : summary.archetype}
      </span>
      <span className="tag" title={`${t("difficulty")}: ${tTrainee(`difficultyName.${summary.difficulty}`)}`}>
        {"★".repeat(summary.difficulty)}
      </span>
      {summary.answeredBy && (
        <span className="tag" title={t("answeredBy")}>
          {t(summary.answeredBy)}
        </span>
      )}
    </p>
  );
}
