import { describe, expect, it } from "vitest";
import { wordFolder } from "./fold-words";
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

  it("reads Cantonese and northern written forms as standard Chinese, in place", () => {
    const said = "佢唔喺度,我系佢阿妈,而家冇钱,俺也不知道咋办";
    expect(normaliseText(said)).toBe("他不在度,我是他阿妈,现在没钱,我也不知道怎办");
    expect(normaliseText(said)).toHaveLength(said.length);
    expect(normaliseText("关系到系统")).toBe("关系到系统");
    expect(normaliseText("几号还得到?")).toBe("几号可以还?");
    expect(normaliseText("得到帮助")).toBe("得到帮助");
  });

  it("refuses a folding table that would move offsets", () => {
    expect(() => wordFolder({ 点解: "为什么" })).toThrow(/lengths differ/);
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
