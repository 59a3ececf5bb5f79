import { describe, expect, it } from "vitest";
import { checkScenarioSource } from "./check-scenario-source";
import { NEW_SCENARIO_TEMPLATE } from "./new-scenario-template";
import { readScenarioValues } from "./read-scenario-values";
import { setScenarioField, setScenarioFields } from "./set-scenario-field";
import { suggestScenarioFixes } from "./suggest-scenario-fixes";

const fixesFor = (source: string) => suggestScenarioFixes(readScenarioValues(source)!);

describe("suggestScenarioFixes", () => {
  it("offers nothing for a valid scenario", () => {
    expect(checkScenarioSource(NEW_SCENARIO_TEMPLATE).ok).toBe(true);
    expect(fixesFor(NEW_SCENARIO_TEMPLATE)).toEqual([]);
  });

  it("offers to make the cards add up to a changed balance, and either fix makes that rule pass", () => {
    const source = setScenarioField(NEW_SCENARIO_TEMPLATE, ["caseFile", "account", "balance"], 18600);
    const fixes = fixesFor(source).filter((fix) => fix.at === "caseFile.account.cards");
    expect(fixes.map((fix) => fix.label.en)).toEqual(["set the balance to 12000, the cards' total", "set the card's balance to 18600"]);
    for (const fix of fixes) {
      const check = checkScenarioSource(setScenarioFields(source, fix.changes));
      const issuePaths = check.ok ? [] : check.issues.map((issue) => issue.path);
      expect(issuePaths).not.toContain("caseFile.account.cards");
    }
  });

  it("offers the principal that makes the breakdown add up, and the bucket of the days past due", () => {
    const source = setScenarioFields(NEW_SCENARIO_TEMPLATE, [
      { path: ["caseFile", "account", "balance"], value: 18600 },
      { path: ["caseFile", "account", "cards", 0, "balance"], value: 18600 },
      { path: ["caseFile", "case", "daysPastDue"], value: 95 },
    ]);
    const fixes = fixesFor(source);
    const fixed = setScenarioFields(
      source,
      fixes.flatMap((fix) => fix.changes),
    );
    expect(fixes.map((fix) => fix.at).sort()).toEqual(["caseFile.account.breakdown", "caseFile.case.bucket"]);
    const check = checkScenarioSource(fixed);
    const issuePaths = check.ok ? [] : check.issues.map((issue) => issue.path);
    expect(issuePaths).not.toContain("caseFile.account.breakdown");
    expect(issuePaths).not.toContain("caseFile.case.bucket");
  });

  it("offers the currency of the rule set", () => {
    const source = setScenarioField(NEW_SCENARIO_TEMPLATE, ["ruleset"], "uk");
    expect(fixesFor(source).find((fix) => fix.at === "caseFile.account.currency")?.changes).toEqual([{ path: ["caseFile", "account", "currency"], value: "GBP" }]);
  });
});
