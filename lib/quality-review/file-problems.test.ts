import { describe, expect, it } from "vitest";
import { transcriptFileProblems } from "./file-problems";

/** Each field problem of a file as `path: English | Chinese`. */
const problems = (content: unknown) =>
  transcriptFileProblems(JSON.stringify(content)).map((problem) => (problem.code === "field" ? `${problem.path}: ${problem.message.en} | ${problem.message.zh}` : problem.code));

describe("transcriptFileProblems", () => {
  it("says a missing field is missing, in words, in both languages: no 'undefined' or 'string' in the Chinese page", () => {
    expect(problems({ language: "zh-CN", ruleset: "cn" })).toEqual(["turns: missing: this field is required | 缺少此项(必填)"]);
    expect(problems({ language: "zh-CN", ruleset: "cn", turns: [{ speaker: "agent" }] })).toEqual(["turns[0].text: missing: this field is required | 缺少此项(必填)"]);
  });

  it("names what a field should be and what it is, and the values a choice allows", () => {
    expect(problems({ ruleset: "cn", turns: [{ speaker: "bot", text: 3 }] })).toEqual([
      'language: must be one of "zh-CN", "en" | 只能是以下之一:"zh-CN"、"en"',
      'turns[0].speaker: must be one of "agent", "customer" | 只能是以下之一:"agent"、"customer"',
      "turns[0].text: should be text, not a number | 应为文字,不是数字",
    ]);
    expect(problems([1])).toEqual(["(root): should be an object, not a list | 应为对象,不是列表"]);
    expect(problems({ language: "en", ruleset: "us", case: { amountDue: -1 }, call: { attemptsToday: 1.5 }, turns: [] })).toEqual([
      "case.amountDue: must be 0 or more | 不能小于 0",
      "call.attemptsToday: must be a whole number | 应为整数",
    ]);
  });

  it("words the bounds on names and turns and the customer's clock in Chinese too", () => {
    const chinese = (content: unknown) => problems(content).map((line) => line.split(" | ")[1]);
    expect(chinese({ language: "en", ruleset: "us", case: { debtorName: "x".repeat(300) }, turns: [{ speaker: "agent", text: "y".repeat(20_001) }] })).toEqual([
      "300 个字符,超过了上限 200 个字符",
      "20,001 个字符,超过了上限 20,000 个字符",
    ]);
    expect(chinese({ language: "en", ruleset: "us", call: { startedAt: "2026-11-20T21:40:00Z" }, turns: [] })).toEqual([
      "需要客户当地的 UTC 时差,例如 +08:00(Z 表示 UTC,不是客户的当地时间)",
    ]);
    expect(problems({ language: "en", ruleset: "us", turns: [] })).toEqual([]);
  });
});
