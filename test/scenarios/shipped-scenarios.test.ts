import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenarioFolder } from "@/lib/scenarios/load-scenario-folder";
import type { TScenario } from "@/lib/scenarios/scenario-schema";
import type { TScenarioText } from "@/lib/scenarios/scenario-text";
import { toCaseFacts } from "@/lib/scenarios/to-case-facts";
import { toTraineeView } from "@/lib/scenarios/to-trainee-view";
import { ZCaseFacts } from "@/lib/transcript/transcript-schema";

// Throws with every file, line and field if any shipped scenario is invalid.
const loaded = await loadScenarioFolder("scenarios");
const scenarios = loaded.map(({ scenario }) => scenario);

const versions = (text: TScenarioText) => (typeof text === "string" ? [text] : Object.values(text).filter((value) => value !== undefined));

/** The free text only the simulated customer knows. */
function hiddenTexts(scenario: TScenario): string[] {
  const { hidden } = scenario;
  return [hidden.realReason, ...hidden.disclosures.map((disclosure) => disclosure.fact), ...(hidden.mustStop ? [hidden.mustStop.says] : [])].flatMap(versions);
}

describe("the shipped scenario library", () => {
  it("validates, one scenario per file", async () => {
    const files = (await readdir("scenarios")).filter((name) => name.endsWith(".yaml"));
    expect(loaded.map(({ file }) => path.basename(file))).toEqual(files.sort());
    expect(scenarios.length).toBeGreaterThanOrEqual(14);
  });

  it.each(loaded.map(({ file }) => file))("%s points editors at the JSON Schema and is named after its id", async (file) => {
    const text = await readFile(file, "utf8");
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=./scenario.schema.json");
    expect(loaded.find((entry) => entry.file === file)!.scenario.id).toBe(path.basename(file, ".yaml"));
  });

  it("covers each core persona in Chinese (cn, CNY) and in English (us or uk)", () => {
    for (const core of ["hardship", "confused", "angry"]) {
      const ofCore = scenarios.filter((scenario) => scenario.persona.archetype === core);
      expect(
        ofCore.some((s) => s.language === "zh-CN" && s.ruleset === "cn" && s.caseFile.account.currency === "CNY"),
        core,
      ).toBe(true);
      expect(
        ofCore.some((s) => s.language === "en" && s.ruleset !== "cn"),
        core,
      ).toBe(true);
    }
  });

  it("covers the six practitioner types, both US and UK, third parties and every kind of must-stop moment but cease", () => {
    const archetypes = new Set(scenarios.map((scenario) => scenario.persona.archetype));
    for (const type of ["guilty_cooperative", "misinformed", "face_conscious", "know_it_all", "timid", "debt_numb"]) expect(archetypes).toContain(type);
    expect(new Set(scenarios.map((scenario) => scenario.ruleset))).toEqual(new Set(["cn", "us", "uk"]));

    const thirdParties = scenarios.filter((scenario) => scenario.answeredBy.party === "third_party");
    expect(thirdParties.some((s) => s.language === "zh-CN" && s.answeredBy.relation === "spouse" && s.answeredBy.passesPhone !== "never")).toBe(true);
    expect(thirdParties.some((s) => s.language === "en" && ["parent", "roommate"].includes(s.answeredBy.relation ?? ""))).toBe(true);

    const mustStops = new Set(scenarios.map((scenario) => scenario.hidden.mustStop?.kind));
    for (const kind of ["dispute", "lawyer", "vulnerability", "bankruptcy"]) expect(mustStops).toContain(kind);
  });

  it.each(scenarios.map((scenario) => [scenario.id, scenario] as const))("%s: the trainee view holds no hidden fact, trait or style note", (_id, scenario) => {
    const view = JSON.stringify(toTraineeView(scenario));
    for (const text of [...hiddenTexts(scenario), scenario.persona.speakingStyle]) expect(view).not.toContain(JSON.stringify(text).slice(1, -1));
    for (const key of ["hidden", "traits", "answeredBy", "speakingStyle", "realReason", "disclosures", "mustStop", "goals"]) expect(view).not.toContain(`"${key}"`);
  });

  it.each(scenarios.map((scenario) => [scenario.id, scenario] as const))("%s: the case facts for the scorer match the case file", (_id, scenario) => {
    const facts = ZCaseFacts.parse(toCaseFacts(scenario));
    expect(facts).toEqual({
      debtorName: scenario.persona.name,
      currency: scenario.caseFile.account.currency,
      amountDue: scenario.caseFile.account.balance,
      minimumPayment: scenario.caseFile.account.minimumPayment,
      daysPastDue: scenario.caseFile.case.daysPastDue,
      maxInstallmentMonths: scenario.policy.maxInstallmentMonths,
      waivable: scenario.policy.waivable,
      creditor: scenario.caseFile.case.creditor,
      ...(scenario.caseFile.case.agency ? { agency: scenario.caseFile.case.agency } : { inHouse: true }),
    });
  });
});
