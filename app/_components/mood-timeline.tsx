import { getTranslations } from "next-intl/server";
import type { TMoodPoint } from "@/lib/calls/mood-timeline";

type Props = {
  points: readonly TMoodPoint[];
  /** The call's turns, to quote the trainee's line that moved the customer. */
  turns: readonly { index: number; text: string }[];
};

const STEP = 24;
const HEIGHT = 60;
// Valence runs from -3 (angry) to 2 (relieved): higher on the chart is better.
const y = (valence: number) => 6 + ((2 - valence) / 5) * (HEIGHT - 12);

/**
 * The customer's mood after each of their turns, beside the transcript: a small step chart and, for
 * every change, the trainee's line just before it, linked to its turn. The list carries everything
 * the chart shows, so the chart itself is hidden from screen readers.
 */
export async function MoodTimeline({ points, turns }: Props) {
  const [t, tMood] = await Promise.all([getTranslations("trainee.report"), getTranslations("mood")]);
  const textOf = (index: number) => turns.find((turn) => turn.index === index)?.text ?? "";
  return (
    <section className="card mood-timeline" aria-labelledby="mood-title">
      <h2 id="mood-title">{t("mood")}</h2>
      {points.length === 0 ? (
        <p className="muted">{t("noMood")}</p>
      ) : (
        <>
          <p className="muted">{t("moodIntro")}</p>
          <svg className="mood-chart" viewBox={`-6 0 ${Math.max(1, points.length - 1) * STEP + 12} ${HEIGHT}`} aria-hidden="true" preserveAspectRatio="none">
            <polyline points={points.map((point, order) => `${order * STEP},${y(point.valence)}`).join(" ")} />
            {points.map((point, order) => (
              <circle key={point.turn} className={`mood-${point.mood}`} cx={order * STEP} cy={y(point.valence)} r={4} />
            ))}
          </svg>
          <ol className="mood-points">
            {points.map((point) => (
              <li key={point.turn} data-mood={point.mood} data-shift={point.shift ?? "same"}>
                <a href={`#turn-${point.turn}`}>{t("moodTurn", { n: point.turn + 1 })}</a> · <span className="mood-word">{tMood(point.mood)}</span>
                {point.shift && (
                  <>
                    {" "}
                    <span className={`mood-shift mood-shift-${point.shift}`}>
                      {point.shift === "better" ? "↑" : "↓"} {t(point.shift)}
                    </span>
                    {point.afterTurn !== null && (
                      <span className="mood-cause">
                        {" "}
                        <a href={`#turn-${point.afterTurn}`}>{t("afterLine", { n: point.afterTurn + 1 })}</a>: <q>{textOf(point.afterTurn)}</q>
                      </span>
                    )}
                  </>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
