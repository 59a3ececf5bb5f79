import type { TLoadedRuleset } from "../scoring/load-ruleset";
import type { TCategory, TFinding } from "../scoring/report-schema";
import { personaliseText } from "../scoring/personalise-text";
import type { TRule } from "../scoring/ruleset-schema";
import type { TLanguage, TTranscript } from "../transcript/transcript-schema";
import type { TJudgeFinding } from "./judge-schema";
import { buildTurnText, spanAt } from "../scoring/match/turn-text";
import { lessGrave, ruleFaults } from "./rule-faults";
import { textIn } from "../i18n/localized-text";

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
  const quote = quoteReach(turn.text, evidence, transcript.language);
  if (quote === "fragment") return undefined;
  const rule = proposal.ruleId === null ? soleRuleFor(ruleset, proposal.category) : ruleset.rules.find((candidate) => candidate.id === proposal.ruleId);
  const gravest = rule && ruleFaults(rule).get(proposal.category);
  if (!rule || !gravest) return undefined;
  const explanation = proposal.explanation.trim();
  return {
    turn: proposal.turn,
    category: proposal.category,
    ruleId: rule.id,
    // A quote shorter than the clause it sits in cannot carry a grave fault on its own.
    severity: lessGrave(proposal.severity, quote === "clause" ? gravest : "minor"),
    evidence,
    // The model's words are shown only when they hold no link: a report never sends a reader elsewhere.
    explanation: explanation && !hasLink(explanation) ? explanation : personaliseText(textIn(rule.explanation, language), transcript.case, language),
    // The rule set's wording, reviewed by compliance officers, rather than a model's advice.
    suggestion: personaliseText(textIn(rule.suggestion, language), transcript.case, language),
    source: "llm_judge",
  };
}

/** A judge unsure of the rule id still names the category; that is enough when one rule covers it. */
function soleRuleFor(ruleset: TLoadedRuleset, category: TCategory): TRule | undefined {
  const rules = ruleset.rules.filter((rule) => ruleFaults(rule).has(category));
  return rules.length === 1 ? rules[0] : undefined;
}

/** The shortest quote worth a finding: a few Chinese characters, or a few English words. */
const MIN_HAN = 4;
const MIN_WORDS = 3;

/**
 * How much of the turn a quote holds, as the deterministic reading splits it into clauses: "clause"
 * when it covers at least one clause whole (or most of the one it sits in), "part" when it is a
 * shorter run of real words, "fragment" when it is too short to locate a fault ("您", "周").
 */
export function quoteReach(turnText: string, evidence: string, language: TLanguage): "clause" | "part" | "fragment" {
  const words = language === "zh-CN" ? (evidence.match(/[\u3400-\u9fff]|[A-Za-z0-9]+/g) ?? []).length : (evidence.match(/[A-Za-z0-9']+/g) ?? []).length;
  if (words < (language === "zh-CN" ? MIN_HAN : MIN_WORDS)) return "fragment";
  const text = buildTurnText(turnText, language);
  const start = turnText.indexOf(evidence);
  const end = start + evidence.length;
  const clause = spanAt(text.clauses, start);
  const clauseText = turnText.slice(clause.start, clause.end).trim();
  const covered = Math.min(end, clause.end) - Math.max(start, clause.start);
  const coversSome = text.clauses.some((span) => span.start >= start && span.end <= end && span.end > span.start);
  return coversSome || covered >= 0.6 * clauseText.length ? "clause" : "part";
}

const LINK = /\b(?:https?|ftp):\/\/|\bwww\.|\b[a-z0-9-]+\.(?:com|net|org|invalid|io|cn|uk|info|biz|xyz|top|me)\b|\[[^\]]*\]\(/i;

/** Whether a model's text holds a link or an address a reader could follow. */
export const hasLink = (text: string) => LINK.test(text);
