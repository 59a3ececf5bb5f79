import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ZTranscript } from "../transcript/transcript-schema";
import { checkScenarioSource } from "./check-scenario-source";
import { customerFacts, scenarioFromCall } from "./scenario-from-call";

const calls = readFileSync("test/scoring/calls/dev/calls-dev.jsonl", "utf8")
  .trim()
  .split("\n")
  .map((line) => ZTranscript.parse(JSON.parse(line).transcript));

describe("a new scenario from a real call", () => {
  it.each(calls.map((call) => [call.id!, call] as const))("%s becomes a valid draft in the call's language, rule set and figures", (_id, call) => {
    const check = checkScenarioSource(scenarioFromCall(call, { title: `${call.id}.json` }));
    expect(check.ok ? [] : check.issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([]);
    if (!check.ok) return;
    const { scenario } = check;
    expect(scenario).toMatchObject({ language: call.language, ruleset: call.ruleset, persona: { name: call.case!.debtorName } });
    expect(scenario.caseFile.account.balance).toBe(call.case!.amountDue);
    expect(scenario.caseFile.case.daysPastDue).toBe(call.case!.daysPastDue);
    expect(scenario.summary.en).toContain(`${call.case!.daysPastDue} days past due`);
  });

  it("turns what the customer told in answer to a question into hidden facts with the question's topic", () => {
    const call = calls.find((candidate) => candidate.id === "calls-dev-cn-01")!;
    const facts = customerFacts(call);
    expect(facts.length).toBeGreaterThan(0);
    expect(facts).toContainEqual({ topic: "situation", fact: expect.stringContaining("今年三月我做了个手术") });
    const scenario = checkScenarioSource(scenarioFromCall(call, { title: "call" }));
    expect(scenario.ok && scenario.scenario.hidden.disclosures.map((disclosure) => disclosure.fact)).toEqual(facts.map((fact) => fact.fact));
  });

  it("leaves a third party's words out of the cardholder's facts", () => {
    const call = ZTranscript.parse({
      language: "zh-CN",
      ruleset: "cn",
      turns: [
        { speaker: "agent", text: "请问他最近工作怎么样?" },
        { speaker: "customer", text: "他早就不在那儿上班了。", party: "third_party" },
      ],
    });
    expect(customerFacts(call)).toEqual([]);
  });
});
