import { createTranslator } from "next-intl";
import type { TLocale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import type reportMessages from "@/lib/i18n/messages/en/supervisor.json";
import type { TScores } from "@/lib/reports/assess-result";

type Props = { scores: TScores; locale: TLocale; passed?: boolean };

const SCORE_KEYS = ["overall", "empathy", "accuracy", "compliance"] as const;

/**
 * The four scores of a report, with pass or not when the caller has assessed it. Plain data in,
 * locale as a prop, so a supervisor's review, the printed report and the trainee's report page
 * render the same thing.
 */
export function ScoreSummary({ scores, locale, passed }: Props) {
  const t = createTranslator({ locale, messages: MESSAGES[locale] as typeof reportMessages, namespace: "scoreReport" });
  return (
    <section className="score-summary" aria-label={t("scores")}>
      <dl>
        {SCORE_KEYS.map((key) => (
          <div key={key} className={`score score-${key}`}>
            <dt>{t(key)}</dt>
            <dd>
              <span className="score-value">{scores[key]}</span> <span className="score-scale">{t("outOf")}</span>
            </dd>
          </div>
        ))}
      </dl>
      {passed !== undefined && <p className={passed ? "verdict ok" : "verdict error"}>{t(passed ? "passed" : "notPassed")}</p>}
    </section>
  );
}
