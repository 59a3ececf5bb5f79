import { ZLanguage, type TCaseFacts, type TLanguage } from "../transcript/transcript-schema";
import { textIn } from "../i18n/localized-text";
import type { TLoadedRuleset } from "./load-ruleset";
import { ZSeverity, type TFinding } from "./report-schema";
import { personaliseText } from "./personalise-text";
import type { TSignal } from "./signals-for-turn";

type TTexts = NonNullable<TFinding["translations"]>;

/**
 * Maps signals to the rules of the rule set; a signal no rule claims yields no finding. Each finding
 * speaks the report's language and carries the rule set's other language alongside. One quote that
 * breaks a rule in two ways ("pay or we come to your work and tell your colleagues"), or that two rules
 * of one category read in overlapping words ("Sell it" after a crisis: pressing, and pushing to sell),
 * is one fault: one finding at its gravest severity, explaining both ways.
 */
export function buildFindings(turn: number, signals: readonly TSignal[], ruleset: TLoadedRuleset, language: TLanguage, facts?: TCaseFacts): TFinding[] {
  const findings: TFinding[] = [];
  for (const signal of signals) {
    const entry = ruleset.bySignal.get(signal.kind);
    if (!entry) continue;
    const { rule, signal: setting } = entry;
    const explanation = setting.explanation ?? rule.explanation;
    const suggestion = setting.suggestion ?? rule.suggestion;
    const inCall = (text: string, each: TLanguage) => personaliseText(text, facts, each);
    const translations: TTexts = Object.fromEntries(
      ZLanguage.options.map((each) => [each, { explanation: inCall(textIn(explanation, each), each), suggestion: inCall(textIn(suggestion, each), each) }]),
    );
    const finding: TFinding = {
      turn,
      category: setting.category ?? rule.category,
      ruleId: rule.id,
      severity: setting.severity,
      evidence: signal.evidence,
      explanation: inCall(textIn(explanation, language), language),
      suggestion: inCall(textIn(suggestion, language), language),
      translations,
    };
    const same = findings.findIndex((other) => other.category === finding.category && overlaps(other.evidence, finding.evidence));
    if (same < 0) findings.push(finding);
    else findings[same] = merge(findings[same]!, finding);
  }
  return findings;
}

const overlaps = (first: string, second: string) => first.includes(second) || second.includes(first);
const gravity = (finding: TFinding) => ZSeverity.options.indexOf(finding.severity);
const joined = (first: string, second: string) => (first.includes(second) ? first : `${first} ${second}`);

function merge(earlier: TFinding, later: TFinding): TFinding {
  const [lead, other] = gravity(later) < gravity(earlier) ? [later, earlier] : [earlier, later];
  const translations: TTexts = Object.fromEntries(
    ZLanguage.options.map((each) => {
      const [a, b] = [lead.translations?.[each], other.translations?.[each]];
      return [each, a && b ? { explanation: joined(a.explanation, b.explanation), suggestion: joined(a.suggestion, b.suggestion) } : (a ?? b)];
    }),
  );
  return { ...lead, explanation: joined(lead.explanation, other.explanation), suggestion: joined(lead.suggestion, other.suggestion), translations };
}
