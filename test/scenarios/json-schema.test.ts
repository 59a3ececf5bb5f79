import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import { scenarioJsonSchemaText } from "@/lib/scenarios/scenario-json-schema";

it("scenarios/scenario.schema.json is current (regenerate with tsx lib/scenarios/write-json-schema.ts)", async () => {
  expect(await readFile("scenarios/scenario.schema.json", "utf8")).toBe(scenarioJsonSchemaText());
});

it("documents every property it declares", () => {
  const undocumented: string[] = [];
  const visit = (node: unknown, at: string): void => {
    if (!node || typeof node !== "object") return;
    for (const [key, child] of Object.entries(node)) {
      if (key !== "properties") {
        visit(child, at);
        continue;
      }
      for (const [name, property] of Object.entries(child as Record<string, { description?: string }>)) {
        if (!property.description) undocumented.push(`${at}.${name}`);
        visit(property, `${at}.${name}`);
      }
    }
  };
  visit(JSON.parse(scenarioJsonSchemaText()), "scenario");
  expect(undocumented).toEqual([]);
});
