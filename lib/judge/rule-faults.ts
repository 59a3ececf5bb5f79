import { CALL_WORK_SIGNALS, type TRule } from "../scoring/ruleset-schema";
import type { TCategory, TSeverity } from "../scoring/report-schema";

export type TFaultSeverity = Exclude<TSeverity, "positive">;

const GRAVITY: Record<TFaultSeverity, number> = { minor: 1, major: 2, critical: 3 };

/**
 * The categories in which a rule records faults, each with the gravest severity its signals give.
 * The rule set, not the judge, decides how grave a breach of a rule can be.
 */
export function ruleFaults(rule: TRule): Map<TCategory, TFaultSeverity> {
  const faults = new Map<TCategory, TFaultSeverity>();
  for (const [kind, signal] of Object.entries(rule.signals)) {
    // Work a call never did is judged over the whole call; no quote of one turn can carry it.
    if (signal.severity === "positive" || CALL_WORK_SIGNALS.has(kind)) continue;
    const category = signal.category ?? rule.category;
    const known = faults.get(category);
    if (!known || GRAVITY[signal.severity] > GRAVITY[known]) faults.set(category, signal.severity);
  }
  return faults;
}

export const lessGrave = (a: TFaultSeverity, b: TFaultSeverity): TFaultSeverity => (GRAVITY[a] <= GRAVITY[b] ? a : b);
