import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parseScenario } from "@/lib/scenarios/parse-scenario";
import { ScenarioLoadError, type ScenarioError } from "@/lib/scenarios/scenario-error";
import { scenarioReasons } from "@/lib/scenarios/scenario-reasons";

// The same shipped scenario as scenario-errors.test.ts; there the English, here both languages.
const base = await readFile("scenarios/zh-hardship-factory-shutdown.yaml", "utf8");

function edit(from: string, to: string): string {
  if (!base.includes(from)) throw new Error(`fixture has no ${from}`);
  return base.replace(from, to);
}

function errorsOf(text: string): ScenarioError[] {
  try {
    parseScenario(text, "foo.yaml");
  } catch (error) {
    if (error instanceof ScenarioLoadError) return error.errors;
    throw error;
  }
  throw new Error("the scenario is valid");
}

const cases: [kind: string, text: string, zh: string][] = [
  ["a value of the wrong type", edit("difficulty: 1", 'difficulty: "hard"'), '应为数字,实际是文本 "hard"'],
  ["a fraction given as text", edit("initialTrust: 0.35", 'initialTrust: "high"'), "应为 0 到 1 之间的数字"],
  ["a number out of range", edit("difficulty: 1", "difficulty: 4"), "应不超过 3"],
  ["a missing field", edit("    volatility: 0.3\n", ""), "缺少必填字段(应为数字)"],
  ["an unknown field", edit("    patience: 0.7", "    patience: 0.7\n    patients: 0.7"), '未知字段 "patients",请检查拼写'],
  [
    "a value outside an enum",
    edit("      topic: family", "      topic: kids"),
    '应为以下之一:"situation"、"income"、"employment"、"health"、"family"、"expenses"、"other_debts"、"savings"、"plans"、"payment_capacity"、"dispute",实际是文本 "kids"',
  ],
  ["an unquoted phone number", edit('number: "138 2926 4471"', "number: 13829264471"), "应为文本;电话号码、卡号等数字请加引号"],
  ["a reserved id (a refine)", edit("id: zh-hardship-factory-shutdown", "id: new"), "此 id 为系统保留,请另选一个"],
  ["a field a third party needs (a superRefine)", edit("party: debtor", "party: third_party\n  relation: spouse\n  name: 李梅"), "当 party 为 third_party 时必填"],
  [
    "a core archetype the type does not map onto",
    edit("  archetype: hardship", "  archetype: know_it_all\n  coreArchetype: hardship"),
    "know_it_all 只能对应 angry,不能是 hardship",
  ],
  ["a bucket that does not match the days past due (across fields)", edit("bucket: M3", "bucket: M2"), "逾期 62 天应属于 M3"],
  ["a YAML syntax error", edit("  name: 王建国", "  name: [王建国"), "YAML 语法错误:Flow sequence in block collection must be sufficiently indented and end with a ]"],
  ["a key written twice", edit("difficulty: 1", "difficulty: 1\ndifficulty: 2"), "YAML 语法错误:同一层级中有重复的字段名(Map keys must be unique)"],
  ["an empty file", "", "应为对象(一组字段),实际是空值(null)"],
];

describe("every scenario error has its reason in Chinese as well as in English", () => {
  it.each(cases)("%s", (_kind, text, zh) => {
    const [error, ...rest] = errorsOf(text);
    expect(rest).toEqual([]);
    expect(error!.localizedReason.zh).toBe(zh);
    // The English stays what the command line prints.
    expect(error!.localizedReason.en).toBe(error!.reason);
    expect(error!.message.endsWith(`: ${error!.reason}`)).toBe(true);
    expect(error!.localizedReason.zh).not.toBe(error!.reason);
  });

  it("puts figures that do not add up in Chinese, with the same figures", () => {
    const errors = errorsOf(edit("    balance: 27846.3\n    minimumPayment", "    balance: 27846.4\n    minimumPayment"));
    expect(errors.map((error) => error.localizedReason)).toEqual([
      { en: "card balances add up to 27846.30, not the balance 27846.40", zh: "各卡余额合计为 27846.30,与总欠款 balance 27846.40 不一致" },
      { en: "principal, interest and fees add up to 27846.30, not the balance 27846.40", zh: "本金、利息和费用合计为 27846.30,与总欠款 balance 27846.40 不一致" },
    ]);
  });

  it("never falls back to Zod's own wording for the problems a trainer makes", () => {
    const broken = [
      edit("age: 47", "age: 12"),
      edit("age: 47", "age: 47.5"),
      edit("installmentEligible: true", "installmentEligible: yes"),
      edit("  name: 王建国", '  name: ""'),
      edit("language: zh-CN", "language: fr"),
      edit("persona:\n", "persona: calm\nunused:\n"),
      edit("asOf: 2025-06-16", "asOf: 16/06/2025"),
    ];
    for (const text of broken) {
      for (const { localizedReason } of errorsOf(text)) {
        expect(localizedReason.zh).not.toMatch(/^无效|Invalid/);
        expect(localizedReason.en).not.toMatch(/^Invalid|Too (small|big)/);
        expect(localizedReason.zh).not.toBe(localizedReason.en);
      }
    }
  });

  it("writes each fixed reason once, its English distinct from every other's", () => {
    const fixed = Object.values(scenarioReasons).filter((reason) => typeof reason !== "function");
    expect(new Set(fixed.map((reason) => reason.en)).size).toBe(fixed.length);
    for (const reason of fixed) expect(reason.zh).toMatch(/[\u4e00-\u9fff]/);
  });
});
