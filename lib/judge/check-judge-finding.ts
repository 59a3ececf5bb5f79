import type { TLoadedRuleset } from "../scoring/load-ruleset";
import type { TCategory, TFinding } from "../scoring/report-schema";
import { personaliseText } from "../scoring/personalise-text";
import type { TRule } from "../scoring/ruleset-schema";
import type { TLanguage, TTranscript } from "../transcript/transcript-schema";
import type { TJudgeFinding } from "./judge-schema";
import { lessGrave, ruleFaults } from "./rule-faults";

/**
 * The report finding a judge proposal becomes, or undefined when it fails a check: the turn must be
 * an agent turn, the evidence words that turn really contains, and the rule one of the rule set that
 * records faults in that category. A model that invents quotes or rules adds nothing.
 */
export function checkJudgeFinding(proposal: TJudgeFinding, transcript: TTranscript, ruleset: TLoadedRuleset, language: TLanguage): TFinding | undefined {
  const turn = transcript.turns[proposal.turn];
  if (turn?.speaker !== "agent") return undefined;
  const evidence = proposal.evidence.trim();
  if (!evidence || !turn.text.includes(evidence)) return undefined;
  const rule = proposal.ruleId === null ? soleRuleFor(ruleset, proposal.category) : ruleset.rules.find((candidate) => candidate.id === proposal.ruleId);
  const gravest = rule && ruleFaults(rule).get(proposal.category);
  if (!rule || !gravest) return undefined;
  return {
    turn: proposal.turn,
    category: proposal.category,
    ruleId: rule.id,
    severity: lessGrave(proposal.severity, gravest),
    evidence,
    explanation: proposal.explanation.trim() || personaliseText(rule.explanation[language], transcript.case, language),
    // The rule set's wording, reviewed by compliance officers, rather than a model's advice.
    suggestion: personaliseText(rule.suggestion[language], transcript.case, language),
    source: "llm_judge",
  };
}

/** A judge unsure of the rule id still names the category; that is enough when one rule covers it. */
function soleRuleFor(ruleset: TLoadedRuleset, category: TCategory): TRule | undefined {
  const rules = ruleset.rules.filter((rule) => ruleFaults(rule).has(category));
  return rules.length === 1 ? rules[0] : undefined;
}
