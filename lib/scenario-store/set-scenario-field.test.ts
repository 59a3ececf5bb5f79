import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { setScenarioField, setScenarioFields } from "./set-scenario-field";

const shipped = readFileSync("scenarios/zh-hardship-truck-driver.yaml", "utf8");

describe("setScenarioField", () => {
  it("changes only the line of the field, keeping comments and layout", () => {
    const edited = setScenarioField(shipped, ["persona", "traits", "patience"], 0.75);
    const changed = edited.split("\n").filter((line, index) => line !== shipped.split("\n")[index]);
    expect(changed).toEqual(["    patience: 0.75"]);
    expect(edited.startsWith("# yaml-language-server")).toBe(true);
  });

  it("adds a missing field and removes one set to undefined", () => {
    const added = setScenarioField("a: 1\n", ["b", "c"], "x");
    expect(added).toBe("a: 1\nb:\n  c: x\n");
    expect(setScenarioField(added, ["b", "c"], undefined)).toBe("a: 1\nb: {}\n");
  });

  it("quotes text that would otherwise read as another type", () => {
    expect(setScenarioField("id: x\n", ["id"], "123")).toBe('id: "123"\n');
  });

  it("leaves text with a syntax error alone", () => {
    expect(setScenarioField("a: [1\n", ["a"], 2)).toBe("a: [1\n");
  });
});

describe("setScenarioFields", () => {
  it("writes a new list item as a block, so fields typed into it later each get their own line", () => {
    let source = setScenarioFields("a:\n  list: []\n", [{ path: ["a", "list", 0], value: { kind: "call" } }]);
    source = setScenarioField(source, ["a", "list", 0, "number"], "0012");
    expect(source).toBe('a:\n  list:\n    - kind: call\n      number: "0012"\n');
  });

  it("applies several changes as one edit", () => {
    expect(
      setScenarioFields("a: 1\nb: 2\n", [
        { path: ["a"], value: 3 },
        { path: ["b"], value: undefined },
      ]),
    ).toBe("a: 3\n");
  });
});
