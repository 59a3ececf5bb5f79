import { describe, expect, it } from "vitest";
import { findHits } from "./find-hits";
import { isNegated } from "./is-negated";
import { isNegatedHit } from "./live-hits";
import { buildTurnText } from "./turn-text";
import type { TLanguage } from "../../transcript/transcript-schema";

function negated(sentence: string, word: string, language: TLanguage, inside = false) {
  const text = buildTurnText(sentence, language);
  const [hit] = findHits(text, new RegExp(word, "g"));
  if (!hit) throw new Error(`${word} not in ${sentence}`);
  return inside ? isNegatedHit(text, hit) : isNegated(text, hit);
}

describe("negation scope", () => {
  it.each([
    ["我们不会联系您的家人", "联系", true],
    ["我們絕對不會聯繫您的單位", "联系", true],
    ["不用担心我们会通知您单位", "通知", true],
    ["如果您不还我们就告诉您家人", "告诉", false],
    ["你再不还钱,我们下午就派人去你家", "派人", false],
    ["你能不能先还个三千", "还个", false],
    ["实在不行把车卖了", "卖了", false],
    ["你也不想你老婆知道吧", "老婆", false],
  ])("zh: %s (%s) → %s", (sentence, word, expected) => {
    expect(negated(sentence, word, "zh-CN")).toBe(expected);
  });

  it.each([
    ["We will not contact your employer.", "contact", true],
    ["We won't ever call your boss.", "call", true],
    ["If you don't pay, we'll tell your boss.", "tell", false],
    ["If I don't get something today I'm gonna call your HR department.", "call", false],
    ["Why don't you borrow the money from your parents?", "borrow", false],
    ["Could you not get a loan off your mum?", "get a loan", false],
  ])("en: %s (%s) → %s", (sentence, word, expected) => {
    expect(negated(sentence, word, "en")).toBe(expected);
  });

  it("can count a negation inside the match (家人不会知道)", () => {
    expect(negated("你家人不会知道的", "家人不会知道", "zh-CN", true)).toBe(true);
    expect(negated("your employer won't be told", "your employer won't be told", "en", true)).toBe(true);
  });
});
