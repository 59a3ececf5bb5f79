import { describe, expect, it } from "vitest";
import { kinds, playLines } from "./support/play-lines";

/**
 * The six observations of issue "Customers who listen", each pinned on the lines that showed it.
 * Every case here failed on the code of the session that filed the issue.
 */
const ZH_TIMID_OPENING = ["您好,请问是周敏女士吗?", "我是南昌赣信的胡蓉,工号1168,受华兴银行信用卡中心委托。麻烦说一下身份证后四位。"];
const US_OPENING = [
  "Hi, is this Marcus Bell?",
  "This is Dana Price with Meridian Recovery Services, calling for Cobalt Bank. This is an attempt to collect a debt. Can you confirm your date of birth?",
];

describe("1. the customer answers the question asked", () => {
  it("answers a question about other debts and about savings instead of 'go on'", async () => {
    const zh = await playLines("zh-timid-says-yes", [...ZH_TIMID_OPENING, "你是不是还借了你弟弟的钱?"]);
    expect(kinds(zh.at(-1)).some((kind) => kind === "answer" || kind === "explain")).toBe(true);
    const en = await playLines("us-confused-balance-grew", [...US_OPENING, "Do you have savings you're hiding?"]);
    expect(kinds(en.at(-1)).some((kind) => kind === "answer" || kind === "explain")).toBe(true);
    expect(en.at(-1)!.customerText).not.toMatch(/^(?:okay|ok|mm-hm|right)\.?$/i);
  });
});

describe("2. a must-stop customer does not loop its paragraph", () => {
  it("tells the dispute once and moves on when it is handled", async () => {
    const results = await playLines("us-angry-hung-up-last-time", [
      "Hi, is this the account holder? This is Sam Ortiz with Meridian Recovery Services for Cobalt Bank; this is an attempt to collect a debt. Can you confirm your date of birth?",
      "Thanks. What's going on with the account from your side?",
      "I hear you, and I'm sorry that last call went the way it did.",
      "I'm going to mark the $1,149.99 charge as disputed right now and pause collection on that amount.",
      "You'll get the result in writing, and I'll call you back in two weeks.",
    ]);
    const said = results.map((result) => result.customerText);
    expect(new Set(said).size).toBe(said.length);
    expect(results.at(-1)!.decision.phase).toBe("callback_agreed");
  });
});

describe("3. the customer does not invent the deal", () => {
  it("takes a payment as the trainee put it, with the trainee's date", async () => {
    const results = await playLines("us-confused-balance-grew", [...US_OPENING, "I understand this has been confusing. Could you pay $200 by December 10?"]);
    const agreed = results.at(-1)!.decision.acts.find((act) => act.kind === "agree_payment");
    expect(agreed).toMatchObject({ amount: 200, date: "December 10" });
  });

  it("never agrees a plan on terms the trainee did not give, and a staff number is no figure", async () => {
    const results = await playLines("zh-timid-says-yes", [...ZH_TIMID_OPENING, "我工号CD0100,您现在方便说话吗?", "可以申请分期,您看怎么样?"]);
    const acts = results.flatMap((result) => result.decision.acts);
    expect(acts.some((act) => "amount" in act && act.amount === 100)).toBe(false);
    expect(acts.some((act) => act.kind === "agree_plan")).toBe(false);
    expect(acts).toContainEqual({ kind: "ask_back", about: "options" });
  });
});

describe("4. rewards and punishments follow what was said", () => {
  it("challenges a demand for relatives' numbers, and takes an apology as an apology", async () => {
    const contacts = await playLines("zh-timid-says-yes", [...ZH_TIMID_OPENING, "你先留2个直系亲属的电话,来证明你不是故意躲避。"]);
    expect(kinds(contacts.at(-1))).toContain("challenge");
    const apology = await playLines("zh-angry-colleague-was-called", [
      "您好,请问是张伟先生吗?",
      "我是华信咨询的李明,工号2231,受华兴银行信用卡中心委托。麻烦您说一下身份证后四位。",
      "上次给您同事打电话是我们做得不对,我道歉。",
    ]);
    expect(apology.at(-1)!.outcome).not.toBe("complaint");
    expect(apology.at(-1)!.decision.acts).not.toContainEqual({ kind: "challenge", about: "threat" });
  });
});

describe("5. the customer's type is heard", () => {
  it("the timid customer speaks in her own words, and the face-conscious one reacts to 'your family will know'", async () => {
    const timid = await playLines("zh-timid-says-yes", [...ZH_TIMID_OPENING, "这段时间家里的情况怎么样?", "账户现在一共欠14,268.80元。", "您看什么时候能还一点?"]);
    expect(timid.flatMap((result) => result.decision.acts).some((act) => act.kind === "saying")).toBe(true);
    const face = await playLines("zh-face-conscious-young-spender", [
      "您好,请问是本人吗?我是华信咨询的李明,工号2231,受华兴银行信用卡中心委托,麻烦说一下身份证后四位。",
      "纸包不住火,家里人早晚会知道。",
    ]);
    expect(["neutral", "calmer", "relieved"]).not.toContain(face.at(-1)!.decision.mood);
  });
});

describe("6. third parties stay consistent", () => {
  it("the daughter fetching her father does not say where he is", async () => {
    const results = await playLines("zh-hardship-truck-driver", ["你好,我是华信咨询的李明,请问黄师傅在吗?"]);
    expect(kinds(results.at(-1))).toContain("pass_phone");
    expect(results.at(-1)!.customerText).not.toMatch(/里屋|屋里|楼上|厨房/);
  });
});

describe("read as a trainer, later", () => {
  it("confirms terms already agreed instead of reciting them, and keeps them when asked only when", async () => {
    const results = await playLines("us-confused-balance-grew", [
      ...US_OPENING,
      "I understand this has been confusing. Could you pay $200 by December 10?",
      "Great. So when will you make that payment?",
    ]);
    const again = results.at(-1)!.decision.acts.find((act) => act.kind === "agree_payment");
    expect(again).toMatchObject({ amount: 200, date: "December 10", again: true });
    // Said back as before, with the terms, so the question "when?" gets its answer.
    expect(results.at(-1)!.customerText).toMatch(/(?:like i said|same as before).*\$200.*December 10/i);
  });

  it("answers whether they are safe in a crisis, not 'I told you'", async () => {
    const results = await playLines("us-timid-says-she-paid", [
      "Hi, this is Marcus Webb. May I speak with Jenna Marsh, please?",
      "Thank you. Before we go further, can you confirm your date of birth and the ZIP code on your account?",
      "Thanks, Ms. Marsh. I'm with Meridian Recovery Services, calling for Cobalt Bank. I'm a debt collector; this is an attempt to collect a debt.",
      "Can I ask how you're doing with all of this? How are you holding up?",
      "Thank you for telling me that. I'm really glad you did, and I'm setting the account aside completely; it doesn't matter right now.",
      "Are you safe right now? Are you thinking about hurting yourself today?",
    ]);
    expect(results.at(-1)!.decision.acts).toContainEqual(expect.objectContaining({ kind: "answer", way: "shaken" }));
    expect(results.at(-1)!.customerText).not.toMatch(/told you|like i said/i);
  });
});
