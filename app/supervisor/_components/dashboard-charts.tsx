"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { TResultsSummary } from "@/lib/reports/summarise-results";

/** Violations per rule, most first, each named by its title in the interface language. */
export function RulesBrokenChart({ data }: { data: (TResultsSummary["rulesBroken"][number] & { title: string })[] }) {
  const t = useTranslations("supervisor.dashboard");
  return (
    <BarChart responsive layout="vertical" style={{ width: "100%", height: Math.max(120, 36 * data.length + 40) }} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
      <CartesianGrid stroke="#d9dee5" strokeDasharray="3 3" />
      <XAxis type="number" allowDecimals={false} />
      <YAxis type="category" dataKey="title" width={170} />
      <Tooltip />
      <Bar dataKey="faults" name={t("faults")} fill="#b42318" isAnimationActive={false} />
    </BarChart>
  );
}
