"use client";

import { useTranslations } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";

const DIMENSIONS = [
  { key: "overall", colour: "#1c2430" },
  { key: "empathy", colour: "#0b6e4f" },
  { key: "accuracy", colour: "#1d4ed8" },
  { key: "compliance", colour: "#b42318" },
] as const;

type TScorePoint = { overall: number; empathy: number; accuracy: number; compliance: number };
type Props<K extends string> = { data: (TScorePoint & Record<K, string>)[]; xKey: K; height?: number };

/** The four scores over time, one line per dimension; `xKey` names the field that labels each point. */
export function ScoreTrendChart<K extends string>({ data, xKey, height = 280 }: Props<K>) {
  const t = useTranslations("scoreReport");
  return (
    <LineChart responsive style={{ width: "100%", height }} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
      <CartesianGrid stroke="#d9dee5" strokeDasharray="3 3" />
      <XAxis dataKey={xKey} />
      <YAxis domain={[0, 100]} />
      <Tooltip />
      <Legend />
      {DIMENSIONS.map(({ key, colour }) => (
        <Line key={key} type="linear" dataKey={key} name={t(key)} stroke={colour} strokeWidth={2} dot isAnimationActive={false} />
      ))}
    </LineChart>
  );
}
