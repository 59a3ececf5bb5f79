import { describe, expect, it } from "vitest";
import { loadRuleset, parseRuleset, RulesetError } from "./load-ruleset";
import { isViolation } from "./report-schema";

describe("rule sets", () => {
  it.each(["cn", "us", "uk"] as const)("%s loads, and every rule has both languages and a source", (id) => {
    const ruleset = loadRuleset(id);
    expect(ruleset.id).toBe(id);
    for (const rule of ruleset.rules) {
      expect(rule.id.startsWith(id.toUpperCase())).toBe(true);
      expect(rule.explanation.zh.length).toBeGreaterThan(0);
      expect(rule.suggestion.en.length).toBeGreaterThan(0);
      expect(rule.source.length).toBeGreaterThan(0);
    }
  });

  it.each(["cn", "us", "uk"] as const)("%s gives each fault of a many-sided rule its own compliant alternative", (id) => {
    for (const rule of loadRuleset(id).rules) {
      const faults = Object.entries(rule.signals).filter(([, signal]) => signal!.severity !== "positive");
      if (faults.length < 2) continue;
      for (const [kind, signal] of faults) {
        expect(signal!.suggestion?.zh, `${rule.id} ${kind}`).toBeTruthy();
        expect(signal!.suggestion?.en, `${rule.id} ${kind}`).toBeTruthy();
      }
    }
  });

  it("declares a must-stop pressure rule in every rule set", () => {
    for (const id of ["cn", "us", "uk"] as const) {
      const entry = loadRuleset(id).bySignal.get("must_stop_ignored_dispute");
      expect(entry?.signal.category ?? entry?.rule.category).toBe("pressure");
    }
    expect(loadRuleset("us").bySignal.get("must_stop_ignored_lawyer")?.rule.id).toBe("US-ATTORNEY");
    expect(loadRuleset("uk").bySignal.get("must_stop_ignored_bereavement")?.rule.id).toBe("UK-VULNERABLE");
  });

  it("never gives a violation a positive severity", () => {
    for (const id of ["cn", "us", "uk"] as const) {
      for (const { rule, signal } of loadRuleset(id).bySignal.values()) {
        if (isViolation(signal.category ?? rule.category)) expect(signal.severity).not.toBe("positive");
      }
    }
  });

  it("rejects unknown signals and a signal claimed twice, naming the path", () => {
    const rule = (id: string, signal: string) => `
  - id: ${id}
    category: threat
    severity: critical
    title: { zh-CN: 标题, en: Title }
    source: [{ regulation: Test }]
    explanation: { zh-CN: 解释, en: Why }
    suggestion: { zh-CN: 建议, en: Instead }
    signals: { ${signal}: { severity: critical } }`;
    const head = "id: cn\nname: { zh-CN: 测试, en: Test }\nversion: '1'\nrules:";
    expect(() => parseRuleset(head + rule("CN-A", "threat_typo"), "x.yaml")).toThrow(RulesetError);
    expect(() => parseRuleset(head + rule("CN-A", "threat_violence") + rule("CN-B", "threat_violence"), "x.yaml")).toThrow(/already claimed by CN-A/);
  });
});
