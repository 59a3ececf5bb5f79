import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./locales";

describe("negotiateLocale", () => {
  it("prefers the user's explicit choice", () => {
    expect(negotiateLocale("en", "zh-CN,zh;q=0.9")).toBe("en");
  });
  it("follows the browser's ranked languages", () => {
    expect(negotiateLocale(undefined, "en-GB,en;q=0.9,zh;q=0.8")).toBe("en");
    expect(negotiateLocale(undefined, "fr-FR,zh-TW;q=0.9,en;q=0.5")).toBe("zh-CN");
    expect(negotiateLocale(undefined, "de;q=0.9,en;q=0.95")).toBe("en");
  });
  it("ignores a bad cookie and falls back to Chinese", () => {
    expect(negotiateLocale("klingon", null)).toBe("zh-CN");
    expect(negotiateLocale(undefined, "fr, de")).toBe("zh-CN");
  });
});
