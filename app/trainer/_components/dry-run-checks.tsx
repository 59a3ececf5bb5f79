"use client";

import { useTranslations } from "next-intl";
import { MoodChart } from "@/app/_components/mood-chart";
import type { TDryRunView } from "@/lib/scenario-store/describe-dry-run";

/** The customer's mood over a dry-run call and the hidden facts it reached, under its score. */
export function DryRunChecks({ mood, hiddenFacts }: Pick<TDryRunView, "mood" | "hiddenFacts">) {
  const t = useTranslations("trainer.dryRun");
  const tMood = useTranslations("mood");
  return (
    <div className="dry-run-checks">
      <section aria-label={t("mood")} className="dry-run-mood">
        <h3>{t("mood")}</h3>
        {mood.length === 0 ? (
          <p className="muted">{t("noMood")}</p>
        ) : (
          <>
            <MoodChart points={mood} />
            <ol className="mood-points">
              {mood.map((point) => (
                <li key={point.turn} data-mood={point.mood} data-shift={point.shift ?? "same"}>
                  <a href={`#turn-${point.turn}`}>{point.turn + 1}</a> · {tMood(point.mood)}
                  {point.shift && <span className={`mood-shift mood-shift-${point.shift}`}>{point.shift === "better" ? " ↑" : " ↓"}</span>}
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
      <section aria-label={t("hiddenFacts")} className="dry-run-facts">
        <h3>{t("hiddenFacts")}</h3>
        {hiddenFacts.length === 0 ? (
          <p className="muted">{t("noHiddenFacts")}</p>
        ) : (
          <ul>
            {hiddenFacts.map((fact) => (
              <li key={fact.id} data-fact={fact.id} data-reached={fact.reached}>
                <span className={fact.reached ? "fact-reached" : "fact-missed"}>{fact.reached ? `✓ ${t("reached")}` : `✗ ${t("missed")}`}</span> <code>{fact.id}</code>: {fact.fact}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
