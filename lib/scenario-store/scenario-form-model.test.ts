import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatScenarioPath } from "../scenarios/scenario-error";
import { readScenarioValues } from "./read-scenario-values";
import { formNodes, nodeOwnsIssue, scenarioFormModel, startingValue, type TFormNode } from "./scenario-form-model";
import { NEW_SCENARIO_TEMPLATE } from "./new-scenario-template";
import { ZScenario } from "../scenarios/scenario-schema";

/** Every path of a plain value in the document: what a trainer may want to change. */
function leafPaths(value: unknown, path: (string | number)[] = []): string[] {
  if (Array.isArray(value)) {
    // A list of plain values (charges that may be waived) is one control.
    if (value.every((item) => typeof item !== "object")) return [formatScenarioPath(path)];
    return value.flatMap((item, index) => leafPaths(item, [...path, index]));
  }
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([key, child]) => leafPaths(child, [...path, key]));
  return [formatScenarioPath(path)];
}

const fieldPaths = (values: Record<string, unknown>) =>
  new Set(
    formNodes(scenarioFormModel(values))
      // A customer text written once is edited in one box, like a field.
      .filter((node) => node.kind === "field" || (node.kind === "scenarioText" && !node.perLanguage))
      .map((node) => formatScenarioPath(node.path)),
  );

const shipped = readdirSync("scenarios").filter((file) => file.endsWith(".yaml"));

describe("the scenario form", () => {
  it.each(shipped)("has a control for every value of %s", (file) => {
    const values = readScenarioValues(readFileSync(`scenarios/${file}`, "utf8"))!;
    const controls = fieldPaths(values);
    const missing = leafPaths(values).filter((path) => !controls.has(path));
    expect(missing).toEqual([]);
  });

  it("offers every field of the schema, optional ones included, even when the YAML leaves them out", () => {
    const labelKeys = new Set(formNodes(scenarioFormModel({})).map((node) => node.labelKey));
    for (const key of ["caseFile.case.daysPastDue", "caseFile.account.lastPayment", "hidden.mustStop", "caseFile.other.employer", "policy.settlementFloor"]) {
      expect(labelKeys, key).toContain(key);
    }
  });

  it("shows per-language text as two fields and a plain text as one", () => {
    const node = (values: Record<string, unknown>) => formNodes(scenarioFormModel(values)).find((candidate) => candidate.labelKey === "hidden.realReason")!;
    expect(node({ hidden: { realReason: "失业了" } })).toMatchObject({ kind: "scenarioText", perLanguage: false, children: [] });
    const both = node({ hidden: { realReason: { zh: "失业了", en: "lost the job" } } }) as Extract<TFormNode, { kind: "scenarioText" }>;
    expect(both.children.map((child) => formatScenarioPath(child.path))).toEqual(["hidden.realReason.zh", "hidden.realReason.en"]);
  });

  it("starts a new list item with its choices preset and the rest left for the trainer", () => {
    const phoneBook = formNodes(scenarioFormModel({})).find((node) => node.labelKey === "caseFile.customer.phoneBook")!;
    expect(phoneBook).toMatchObject({ kind: "list", minItems: 1, newItem: { belongsTo: "cardholder" } });
    expect(startingValue(ZScenario)).toMatchObject({ language: "zh-CN", ruleset: "cn", answeredBy: { party: "debtor" } });
    const mustStop = formNodes(scenarioFormModel({})).find((node) => node.labelKey === "hidden.mustStop")!;
    expect(mustStop).toMatchObject({ kind: "group", present: false, optional: true, newValue: { kind: "dispute", surfaces: { trigger: "start" } } });
    const sayings = formNodes(scenarioFormModel({})).find((node) => node.labelKey === "persona.sayings")!;
    expect(sayings).toMatchObject({ kind: "list", minItems: 0, maxItems: 12 });
  });

  it("places a problem with one waived charge at the checklist of charges", () => {
    const values = readScenarioValues(NEW_SCENARIO_TEMPLATE)!;
    const waivable = formNodes(scenarioFormModel(values)).find((node) => node.labelKey === "policy.waivable")!;
    expect(nodeOwnsIssue(waivable, "policy.waivable[1]")).toBe(true);
    expect(nodeOwnsIssue(waivable, "policy.waivableX")).toBe(false);
  });
});
