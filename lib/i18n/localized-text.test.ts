import { describe, expect, it } from "vitest";
import { ZRuleset } from "../scoring/ruleset-schema";
import { textIn, ZLocalizedText, ZLocalizedTextOrLegacy } from "./localized-text";

describe("localized text", () => {
  it("is { zh, en }, read by a call's or reader's language", () => {
    const text = ZLocalizedText.parse({ zh: "您好", en: "Hello" });
    expect([textIn(text, "zh-CN"), textIn(text, "en")]).toEqual(["您好", "Hello"]);
    expect(textIn("plain", "en")).toBe("plain");
    expect(textIn({ en: "only English" }, "zh-CN")).toBeUndefined();
  });

  it("refuses a missing language or an unknown key, naming it", () => {
    expect(ZLocalizedText.safeParse({ zh: "您好" }).error?.issues.map((issue) => issue.path)).toEqual([["en"]]);
    expect(ZLocalizedText.safeParse({ zh: "您好", en: "Hello", fr: "Bonjour" }).error?.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["fr"] });
  });

  it("still reads the zh-CN key rule sets were written with before, and refuses both keys at once", () => {
    expect(ZLocalizedTextOrLegacy.parse({ "zh-CN": "禁止威胁", en: "No threats" })).toEqual({ zh: "禁止威胁", en: "No threats" });
    expect(ZLocalizedTextOrLegacy.safeParse({ zh: "禁止威胁", "zh-CN": "禁止威胁", en: "No threats" }).success).toBe(false);
    const rule = { id: "CN-THREAT", category: "threat", severity: "critical", source: [{ regulation: "x" }], signals: {} };
    const legacy = ZRuleset.parse({
      id: "cn",
      name: { "zh-CN": "中国", en: "China" },
      version: "1",
      rules: [{ ...rule, title: { "zh-CN": "禁止威胁", en: "No threats" }, explanation: { "zh-CN": "说明", en: "Why" }, suggestion: { zh: "建议", en: "Instead" } }],
    });
    expect(legacy.name).toEqual({ zh: "中国", en: "China" });
    expect(legacy.rules[0]!.title).toEqual({ zh: "禁止威胁", en: "No threats" });
  });
});
