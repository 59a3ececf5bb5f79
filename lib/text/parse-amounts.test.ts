import { describe, expect, it } from "vitest";
import { normaliseText } from "./normalise-text";
import { parseAmounts } from "./parse-amounts";
import { parseDurations } from "./parse-durations";

const amounts = (text: string) => parseAmounts(normaliseText(text)).map((amount) => ({ value: amount.value, quote: text.slice(amount.start, amount.end) }));

describe("parseAmounts", () => {
  it.each([
    ["您目前欠款58,320.50元", 58320.5, "58,320.50"],
    ["大概5.8万吧", 58000, "5.8万"],
    ["一共五万八千块", 58000, "五万八千"],
    ["五万八", 58000, "五万八"],
    ["先还¥3000", 3000, "¥3000"],
    ["請您還款３０００元", 3000, "３０００"],
    ["The balance is $4,218.37.", 4218.37, "$4,218.37"],
    ["You owe about six thousand dollars", 6000, "six thousand"],
    ["It's £1.2k now", 1200, "£1.2k"],
    ["twelve hundred a month", 1200, "twelve hundred"],
    ["about two and a half grand", 2500, "two and a half grand"],
    ["eight thousand two hundred eighteen", 8218, "eight thousand two hundred eighteen"],
  ])("%s → %d", (text, value, quote) => {
    expect(amounts(text)).toEqual([{ value, quote }]);
  });

  it("reads 'a last one of one twenty' as no count of hundreds: 'of' joins a count to its scale only", () => {
    expect(amounts("and a last one of one thousand")).toEqual([{ value: 1000, quote: "one thousand" }]);
  });

  it("gives 五万多 a range up to the next step", () => {
    const [amount] = parseAmounts(normaliseText("五万多"));
    expect(amount).toMatchObject({ value: 50000, low: 50000, high: 60000, approximate: true });
  });

  it("skips days, months, dates, staff numbers and phone numbers", () => {
    expect(amounts("逾期95天,分60期,工号1234,电话400-123-4567,2026年11月23日,三个月")).toEqual([]);
    expect(amounts("call me at 555-1234 within 24 hours")).toEqual([]);
  });
});

describe("parseDurations", () => {
  it("reads periods and instalment counts in both languages", () => {
    const found = parseDurations(normaliseText("逾期两百多天,分60期,分两年,半年, over twenty-four months, 12 instalments"));
    expect(found.map((duration) => [duration.value, duration.unit])).toEqual([
      [200, "day"],
      [60, "instalment"],
      [2, "year"],
      [0.5, "year"],
      [24, "month"],
      [12, "instalment"],
    ]);
  });

  it("reads the second of two card endings as no money: 尾号0918和7742两张卡", () => {
    expect(amounts("你尾号0918和7742两张卡现在一共欠16482.55元")).toEqual([{ value: 16482.55, quote: "16482.55" }]);
  });

  it("never reads a staff number, a reference or a code as money", () => {
    expect(parseAmounts(normaliseText("我的工号是CD0100,您先还100块")).map((amount) => amount.value)).toEqual([100]);
    expect(parseAmounts(normaliseText("Confirmation 77Q-3318, agent A1024")).map((amount) => amount.value)).toEqual([]);
  });
});
