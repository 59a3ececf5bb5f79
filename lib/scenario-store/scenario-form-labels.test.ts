import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "../i18n/messages";
import { readScenarioValues } from "./read-scenario-values";
import { formNodes, scenarioFormModel, type TFormNode } from "./scenario-form-model";

const messageAt = (messages: Record<string, unknown>, key: string) =>
  key.split(".").reduce<unknown>((node, part) => (typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined), messages);

/** Every node the form shows for the shipped scenarios and for an empty one (where optional parts are offered). */
function shownNodes(): TFormNode[] {
  const documents = [
    {},
    ...readdirSync("scenarios")
      .filter((file) => file.endsWith(".yaml"))
      .map((file) => readScenarioValues(readFileSync(`scenarios/${file}`, "utf8"))!),
  ];
  return documents.flatMap((values) => formNodes(scenarioFormModel(values)).slice(1));
}

describe("the scenario form's labels", () => {
  // A field added to the schema shows its English description until it is named here: in Chinese that reads as a gap.
  it.each(["en", "zh-CN"] as const)("name every field of the schema in %s (lib/i18n/messages/*/trainer.json, trainer.fields)", (locale) => {
    const missing = new Set<string>();
    for (const node of shownNodes()) {
      if (typeof node.path.at(-1) === "number") continue; // list items are numbered under their list's label
      const key = node.kind === "field" ? `trainer.fields.${node.labelKey}` : `trainer.fields.${node.labelKey}._label`;
      if (typeof messageAt(MESSAGES[locale], key) !== "string") missing.add(key);
    }
    expect([...missing]).toEqual([]);
  });
});
