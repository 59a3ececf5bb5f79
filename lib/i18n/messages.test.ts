import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "./messages";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

const folder = path.resolve("lib/i18n/messages");

describe("interface messages", () => {
  it("have the same keys in Chinese and English", () => {
    expect(keys(MESSAGES["zh-CN"]).sort()).toEqual(keys(MESSAGES.en).sort());
  });
  it("load every message file of both languages", () => {
    for (const locale of ["en", "zh-CN"] as const) {
      for (const file of readdirSync(path.join(folder, locale))) {
        const namespaces = Object.keys(JSON.parse(readFileSync(path.join(folder, locale, file), "utf8")));
        expect(Object.keys(MESSAGES[locale]), `${locale}/${file}`).toEqual(expect.arrayContaining(namespaces));
      }
    }
  });
  it("have no empty text", () => {
    for (const messages of Object.values(MESSAGES)) {
      const empty = keys(messages).filter((key) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) === "");
      expect(empty).toEqual([]);
    }
  });
});
