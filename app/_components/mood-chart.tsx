import type { TMoodPoint } from "@/lib/calls/mood-timeline";

const STEP = 24;
const HEIGHT = 60;
// Valence runs from -3 (angry) to 2 (relieved): higher on the chart is better.
const y = (valence: number) => 6 + ((2 - valence) / 5) * (HEIGHT - 12);

/** The customer's mood as a small step chart, one dot per customer turn, coloured by mood. Decorative: the page says the same in words. */
export function MoodChart({ points }: { points: readonly TMoodPoint[] }) {
  return (
    <svg className="mood-chart" viewBox={`-6 0 ${Math.max(1, points.length - 1) * STEP + 12} ${HEIGHT}`} aria-hidden="true" preserveAspectRatio="none">
      <polyline points={points.map((point, order) => `${order * STEP},${y(point.valence)}`).join(" ")} />
      {points.map((point, order) => (
        <circle key={point.turn} className={`mood-${point.mood}`} cx={order * STEP} cy={y(point.valence)} r={4} />
      ))}
    </svg>
  );
}
