import { createTranslator } from "next-intl";
import { MESSAGES } from "@/lib/i18n/messages";
import type reportMessages from "@/lib/i18n/messages/en/supervisor.json";
import type { TScores } from "@/lib/reports/assess-result";
import type { TFailReason } from "@/lib/scoring/assess-call";
import type { TLanguage } from "@/lib/transcript/transcript-schema";

/** `held` false: the call was never really held (wasHeld), neither a pass nor a fail. */
type Props = { scores: TScores; locale: TLanguage; verdict?: { passed: boolean; held?: boolean; failReasons: readonly TFailReason[] } };

const SCORE_KEYS = ["overall", "empathy", "accuracy", "compliance"] as const;

/**
 * The four scores of a report, with pass or not (and why not) when the caller has assessed it. Plain data in,
 * locale as a prop, so a supervisor's review, the printed report and the trainee's report page
 * render the same thing.
 */
export function ScoreSummary({ scores, locale, verdict }: Props) {
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
      {verdict && (
        <p className={verdict.held === false ? "verdict not-held" : verdict.passed ? "verdict ok" : "verdict error"}>
          {t(verdict.held === false ? "notHeld" : verdict.passed ? "passed" : "notPassed")}
        </p>
      )}
      {verdict && !verdict.passed && verdict.failReasons.length > 0 && (
        <div className="verdict-reasons">
          <p>{t(verdict.held === false ? "whyNotHeld" : "whyNotPassed")}</p>
          <ul>
            {verdict.failReasons.map((reason) => (
              <li key={reason}>{t(`reasons.${reason}`)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
