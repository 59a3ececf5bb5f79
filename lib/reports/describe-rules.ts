import { textIn } from "../i18n/localized-text";
import { loadRuleset } from "../scoring/load-ruleset";
import { ZRulesetId, type TRulesetId, type TLanguage } from "../transcript/transcript-schema";

export type TRuleSourceView = { regulation: string; article?: string; unverified?: boolean };
export type TRuleView = { title: string; sources: TRuleSourceView[] };

/**
 * The title and sources of the rules a report's findings name, in the interface language, as plain
 * data for the report components. A rule id the rule set no longer has is left out; its finding
 * still shows with the id alone.
 */
export function describeRules({ ruleset, findings }: { ruleset: TRulesetId; findings: readonly { ruleId: string }[] }, locale: TLanguage): Record<string, TRuleView> {
  const wanted = new Set(findings.map((finding) => finding.ruleId));
  return Object.fromEntries(
    loadRuleset(ruleset)
      .rules.filter((rule) => wanted.has(rule.id))
      .map((rule) => [rule.id, { title: textIn(rule.title, locale), sources: rule.source }]),
  );
}

/** A rule's title in the interface language, found by its id's prefix (CN-THREAT is in the cn set). */
export function ruleTitle(ruleId: string, locale: TLanguage): string | undefined {
  const ruleset = ZRulesetId.safeParse(ruleId.split("-")[0]?.toLowerCase());
  if (!ruleset.success) return undefined;
  const rule = loadRuleset(ruleset.data).rules.find((each) => each.id === ruleId);
  return rule && textIn(rule.title, locale);
}
