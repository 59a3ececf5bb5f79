import type { TLanguage } from "../transcript/transcript-schema";
import type { TLoadedRuleset } from "./load-ruleset";
import type { TFinding } from "./report-schema";
import type { TSignal } from "./signals-for-turn";

/** Maps signals to the rules of the rule set; a signal no rule claims yields no finding. */
export function buildFindings(turn: number, signals: readonly TSignal[], ruleset: TLoadedRuleset, language: TLanguage): TFinding[] {
  const findings: TFinding[] = [];
  for (const signal of signals) {
    const entry = ruleset.bySignal.get(signal.kind);
    if (!entry) continue;
    const { rule, signal: setting } = entry;
    findings.push({
      turn,
      category: setting.category ?? rule.category,
      ruleId: rule.id,
      severity: setting.severity,
      evidence: signal.evidence,
      explanation: (setting.explanation ?? rule.explanation)[language],
      suggestion: (setting.suggestion ?? rule.suggestion)[language],
    });
  }
  return findings;
}
