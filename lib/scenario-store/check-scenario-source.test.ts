import { describe, expect, it } from "vitest";
import { checkScenarioSource, scenarioIssueText, ZScenarioIssue } from "./check-scenario-source";
import { NEW_SCENARIO_TEMPLATE } from "./new-scenario-template";
import { setScenarioField } from "./set-scenario-field";

describe("checkScenarioSource", () => {
  it("names the line, the path and the reason of each problem", () => {
    const source = setScenarioField(NEW_SCENARIO_TEMPLATE, ["persona", "traits", "initialTrust"], 2);
    expect(checkScenarioSource(source)).toEqual({
      ok: false,
      issues: [
        {
          path: "persona.traits.initialTrust",
          line: 21,
          message: "expected a number between 0 and 1",
          localizedMessage: { en: "expected a number between 0 and 1", zh: "应为 0 到 1 之间的数字" },
        },
      ],
    });
  });

  it("reports a YAML syntax error at its line, with no path", () => {
    const check = checkScenarioSource("id: x\ntitle: [\n");
    expect(check.ok).toBe(false);
    expect(!check.ok && check.issues[0]).toMatchObject({ path: "", line: 3 });
  });

  it("gives each reason in the trainer's language, the English unchanged", () => {
    const source = setScenarioField(NEW_SCENARIO_TEMPLATE, ["difficulty"], 4);
    const check = checkScenarioSource(`${source}goal: []\n`);
    if (check.ok) throw new Error("expected problems");
    expect(check.issues.map((issue) => [issue.path, issue.message, scenarioIssueText(issue, "en"), scenarioIssueText(issue, "zh-CN")])).toEqual([
      ["difficulty", "expected at most 3", "expected at most 3", "应不超过 3"],
      ["goal", 'unknown field "goal"', 'unknown field "goal"', '未知字段 "goal",请检查拼写'],
    ]);
    const syntax = checkScenarioSource("id: x\ntitle: [\n");
    expect(!syntax.ok && scenarioIssueText(syntax.issues[0]!, "zh-CN")).toMatch(/^YAML 语法错误:/);
  });

  it("describes what the API returns: every issue passes ZScenarioIssue", () => {
    const check = checkScenarioSource(setScenarioField(NEW_SCENARIO_TEMPLATE, ["persona", "age"], "forty"));
    expect(!check.ok && check.issues.every((issue) => ZScenarioIssue.safeParse(issue).success)).toBe(true);
  });
});
