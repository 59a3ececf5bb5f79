import { getTranslations } from "next-intl/server";
import type { TMoodPoint } from "@/lib/calls/mood-timeline";
import { MoodChart } from "./mood-chart";

type Props = {
  points: readonly TMoodPoint[];
  /** The call's turns, to quote the trainee's line that moved the customer. */
  turns: readonly { index: number; text: string }[];
};

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
          <MoodChart points={points} />
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
