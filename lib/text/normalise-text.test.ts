import { describe, expect, it } from "vitest";
import { normaliseText } from "./normalise-text";

describe("normaliseText", () => {
  it("folds full-width forms, Chinese punctuation and case without changing length", () => {
    const original = "ＯＫ，請您還款３０００元！Ｗｅ　Ｗｏｎ’ｔ";
    const normalised = normaliseText(original);
    expect(normalised).toBe("ok,请您还款3000元!we won't");
    expect(normalised.length).toBe(original.length);
  });

  it("maps traditional characters to simplified ones", () => {
    expect(normaliseText("我們不會聯繫您的家人,帳單")).toBe("我们不会联系您的家人,账单");
  });

  it("reads speech-to-text homophones as the words meant, in place", () => {
    const heard = "您这个鱼期三个月了,会影响正信";
    expect(normaliseText(heard)).toBe("您这个逾期三个月了,会影响征信");
    expect(normaliseText(heard)).toHaveLength(heard.length);
  });

  it("keeps astral characters and combining marks in place", () => {
    const original = "a😀b\u0301𠀀c";
    const normalised = normaliseText(original);
    expect(normalised.length).toBe(original.length);
    expect(normalised).toBe(original);
  });

  it("handles text longer than one conversion chunk", () => {
    const original = "還".repeat(20_000);
    expect(normaliseText(original)).toBe("还".repeat(20_000));
  });
});
