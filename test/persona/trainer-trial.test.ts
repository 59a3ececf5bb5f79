import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { restorePersona } from "../../lib/persona/restore-persona";
import { buildRoleplayPrompt } from "../../lib/roleplay/build-roleplay-prompt";
import { getScenarioOrThrow } from "../../lib/scenarios/get-scenario";
import { toPersonaEvents } from "../../lib/persona/to-persona-events";
import { kinds, playLines } from "./support/play-lines";

/**
 * Lines from a trainer's trial of the offline customer (second session of 2026-12-07, scripts
 * written without sight of the code) on which the customer punished good practice or answered
 * nonsense. Each case failed on the code of that session's start (52273af).
 */
const linesOf = (file: string) => readFileSync(file, "utf8").trim().split("\n");
/** A trainer's script from the trials (one line a turn). */
const trialScript = (name: string) => linesOf(path.join(import.meta.dirname, "trial-scripts", name));
/** A shipped scenario's teaching script. */
const shippedScript = (scenarioId: string, quality: "excellent" | "average" | "abusive") =>
  linesOf(path.join(import.meta.dirname, "..", "..", "scenarios", "scripts", scenarioId, `${quality}.txt`));

const REACTS_TO_MISCONDUCT = ["challenge", "fear", "complain", "hang_up"];

describe("good practice is not taken for misconduct", () => {
  it("a promise not to call the workplace, with an apology for the last call, is no threat to the know-it-all", async () => {
    const results = await playLines("zh-know-it-all-legal-specialist", [
      "您好,请问是郑凯先生吗?",
      "郑先生您好,我叫王磊,工号NJ0462,是南京宁信商务信息咨询有限公司的催收员,受华兴银行信用卡中心委托联系您。为了确认是您本人,麻烦报一下身份证后四位。",
      "先跟您说清楚:我们不会打您单位电话,也不会联系您家里人,以后只打您本人这个手机。之前打到您单位的事,给您添麻烦了。",
    ]);
    expect(kinds(results.at(-1)).filter((kind) => REACTS_TO_MISCONDUCT.includes(kind))).toEqual([]);
    expect(results.at(-1)!.decision.outcome).toBeNull();
  });

  it("the truth about bailiffs, asked for by the misinformed customer, is no threat", async () => {
    const results = await playLines("uk-misinformed-six-year-myth", [
      "Hiya, is that Dean Whitaker?",
      "Hi Dean, it's Ryan from Calder Credit Management, calling on behalf of Northgate Bank. Can you confirm your date of birth for me before we go on?",
      "On bailiffs: nobody can send bailiffs for this without going to court first and getting a judgment, and even then you'd get letters and a chance to pay by instalments. There's nothing like that happening now.",
    ]);
    expect(kinds(results.at(-1)).filter((kind) => REACTS_TO_MISCONDUCT.includes(kind))).toEqual([]);
  });

  it("asking about other debts by name pushes no loan", async () => {
    const script = trialScript("zh-face-good.txt");
    const results = await playLines("zh-face-conscious-young-spender", script);
    expect(kinds(results.at(-1)).filter((kind) => [...REACTS_TO_MISCONDUCT, "vent"].includes(kind))).toEqual([]);
  });
});

describe("a call that is closing closes", () => {
  it("after agreeing, 'Thanks… have a good night' gets a goodbye and keeps the promise, not a hang-up", async () => {
    const script = trialScript("us-face-good.txt");
    const results = await playLines("us-face-conscious-student-card", script);
    expect(kinds(results.at(-1))).toContain("goodbye");
    expect(results.at(-1)!.decision.outcome).not.toBe("hung_up");
  });

  it("再见 gets 再见, and a question on another topic after a promise is answered, not met with the terms again", async () => {
    const results = await playLines("zh-timid-says-yes", [
      "喂,您好,是周敏女士吗?",
      "我是安和信息咨询的李明,受华兴银行信用卡中心委托联系您,麻烦您报一下身份证后四位,我核对一下。",
      "谢谢。是关于您信用卡逾期的事,最近是不是遇到什么困难了?",
      "您觉得每个月拿多少出来不影响生活?",
      "那就1月1号前先还600元,可以吗?",
      "您还有别的信用卡吗?",
      "好的,那今天先这样,再见。",
    ]);
    const otherCards = results.at(-2)!;
    expect(kinds(otherCards)).not.toContain("agree_payment");
    expect(kinds(results.at(-1))).toContain("goodbye");
    expect(results.at(-1)!.customerText).not.toMatch(/你说/);
  });
});

describe("questions get answers", () => {
  const FILLER = /^(?:okay|mm-hm|right|i'm listening)\.?$/i;

  it("a question that names what the customer told gets it again, and a question on nothing they hide gets more than 'Right.'", async () => {
    const lines = trialScript("us-angry-long.txt");
    const results = await playLines("us-angry-hung-up-last-time", lines);
    const replyTo = (start: string) => results[lines.findIndex((line) => line.startsWith(start))]!.customerText;
    expect(replyTo("Do you have the receipt handy?")).toMatch(/2231/);
    expect(replyTo("Would you rather I call you")).not.toMatch(FILLER);
    expect(replyTo("What time of day")).not.toMatch(FILLER);
    const questionFillers = results.filter((result, index) => lines[index]!.trim().endsWith("?") && FILLER.test(result.customerText));
    expect(questionFillers.map((result) => result.customerText)).toEqual([]);
  });

  it("sympathy about 'the same pay packet' is no pressure on a customer heading for bankruptcy", async () => {
    const results = await playLines("uk-debt-numb-warehouse-worker", trialScript("uk-numb-long.txt"));
    expect(["complaint", "hung_up"]).not.toContain(results.at(-1)!.decision.outcome);
    expect(results.flatMap((result) => result.decision.acts.map((act) => act.kind))).not.toContain("complain");
  });
});

/**
 * Third trainer trial (issue 9, 2026-12-07): negotiation follows the trainee's own terms. Each case
 * failed on the code of that session's start (b393345).
 */
describe("the deal is what was put and said", () => {
  const ROSA_OPENING = [
    "Hi, is this Rosa Delgado?",
    "This is Sam from Meridian Recovery Services calling about your Cobalt Visa. This is a debt collector attempting to collect a debt.",
    "I understand, I'm sorry to hear that.",
  ];

  it("'Can you pay that today?' asks for the figure just said: the ashamed customer names what she has, tells no life story, and is not yet promising", async () => {
    const results = await playLines("us-guilty-cooperative-bus-driver", [...ROSA_OPENING, "The amount to bring the account current is $612.38. Can you pay that today?"]);
    expect(kinds(results.at(-1))).toContain("counter_offer");
    expect(kinds(results.at(-1))).not.toContain("agree_payment");
    expect(kinds(results.at(-1))).not.toContain("explain");
    expect(results.at(-1)!.state.ended).toBe(false);
  });

  it("a summary with another figure than the one offered ('I'll note $500 on Friday') is put right, not nodded through", async () => {
    const results = await playLines("us-guilty-cooperative-bus-driver", [
      ...ROSA_OPENING,
      "The amount to bring the account current is $612.38. Can you pay that today?",
      "Okay, I'll note $500 on Friday, and we'll call you if it doesn't come in.",
    ]);
    const reply = results.at(-1)!.decision.acts;
    expect(reply.map((act) => act.kind)).toContain("counter_offer");
    expect(reply.find((act) => act.kind === "counter_offer")).toMatchObject({ amount: 70 });
  });

  it("'能不能把最低还款还上?' asks for a sum: her own 500 is an offer until the trainee takes it up", async () => {
    const results = await playLines("zh-guilty-cooperative-restaurant-worker", [
      "喂,是陈秀英吗?我这边是华兴银行的委托机构,您的卡已经逾期74天了。",
      "哦,您先生生病了啊,那确实挺难的。",
      "那这个月能不能把最低还款还上?",
      "好,那就按您说的,500元,15号之前。",
    ]);
    expect(kinds(results.at(-2))).toContain("counter_offer");
    expect(kinds(results.at(-2))).not.toContain("agree_payment");
    expect(kinds(results.at(-1))).toContain("agree_payment");
  });

  it("the know-it-all hears the plan the policy allows, said as information, and tells of his attorney when asked what he can pay", async () => {
    const results = await playLines("us-know-it-all-realtor", [
      "Good morning, my name is Alicia Grant. May I speak with Richard Hale, please?",
      "I'm Alicia Grant with Meridian Recovery Services, LLC, calling on behalf of Cobalt Bank, N.A. I'm a debt collector; this is an attempt to collect a debt, and any information obtained will be used for that purpose. Please confirm your date of birth.",
      "Cobalt's policy allows a plan of up to twelve months, and a waiver of late fees can be considered as part of it, subject to their approval.",
      "What would you realistically be able to pay each month?",
    ]);
    expect(kinds(results.at(-2))).not.toContain("must_stop");
    expect(kinds(results.at(-1))).toContain("must_stop");
  });
});

describe("the fact told is the one asked about", () => {
  const LEANNE_OPENING = [
    "Hello, is that Leanne Fairclough?",
    "Hi Leanne, my name's Priya and I'm calling from Calder Credit Management on behalf of Northgate Bank. Can you confirm your date of birth for me, please?",
    "Thanks. It's about your Northgate credit card. Before anything else, how have things been for you?",
  ];
  const told = (result: { decision: { acts: readonly { kind: string }[] } } | undefined) =>
    result?.decision.acts.flatMap((act) => ("factIds" in act ? (act.factIds as string[]) : "factId" in act && act.factId ? [act.factId as string] : [])) ?? [];

  it("a question naming someone in the customer's life ('Does Travis know about the cards?') gets what she said of him, not a vague reply", async () => {
    const results = await playLines("us-timid-says-she-paid", [
      "Hi, is this Jenna Marsh?",
      "Thanks. My name is Jordan Lee, I'm with Meridian Recovery Services calling on behalf of Cobalt Bank. Before I go on, can you confirm your date of birth for me?",
      "That's okay, thank you for being honest with me. How have things been for you lately?",
      "Does Travis know about the cards?",
    ]);
    expect(told(results.at(-1))).toEqual(["travis-doesnt-know"]);
  });

  it("of two facts that mention the hospital, 'How long were you in for?' gets the hospital stay; the caller's 'Credit Management' is not Universal Credit", async () => {
    const results = await playLines("uk-guilty-care-worker-crisis", [...LEANNE_OPENING, "I'm sorry to hear you were in hospital. How long were you in for?"]);
    expect(told(results[1])).not.toContain("universal-credit");
    expect(told(results[2])).not.toContain("universal-credit");
    expect(told(results.at(-1))).toEqual(["hospital"]);
  });

  it("asked about one fact on a topic, they tell that one; asked about it again in crisis, they say it again, never the cover story of another", async () => {
    const results = await playLines("uk-guilty-care-worker-crisis", [
      ...LEANNE_OPENING,
      "And is anyone supporting you at the moment, like a mental health team?",
      "When does your Universal Credit get paid?",
      "Sorry, when did you say the Universal Credit comes in?",
    ]);
    expect(told(results.at(-3))).toEqual(["crisis-team"]);
    expect(told(results.at(-2))).toEqual(["universal-credit"]);
    const again = results.at(-1)!.decision.acts;
    expect(again.some((act) => act.kind === "answer" && act.way === "cover")).toBe(false);
    expect(told(results.at(-1))).toEqual(["universal-credit"]);
  });
});

describe("a check that the terms are affordable gets a straight answer", () => {
  it("'这个数会不会太紧?' after a plan beyond her means: the timid customer who said yes admits it is more than she can keep up", async () => {
    const results = await playLines("zh-timid-says-yes", [
      "您好,请问是周敏女士吗?",
      "我是南昌赣信的王丽,工号3318,受华兴银行信用卡中心委托。麻烦您说一下身份证后四位。",
      "可以申请分期,分12期,每个月还3000元,您看行吗?",
      "这个数会不会太紧?",
    ]);
    expect(kinds(results.at(-2))).toContain("agree_plan");
    expect(results.at(-1)!.decision.acts).toEqual([{ kind: "go_along", about: "stretched" }]);
  });

  it("'Is that manageable for you?' after a plan within her means: she says it fits, not the terms again", async () => {
    const results = await playLines("us-guilty-cooperative-bus-driver", [
      "Hi, is this Rosa Delgado?",
      "This is Dana Price with Meridian Recovery, a debt collector; this is an attempt to collect a debt. Can you confirm your date of birth?",
      "We could set up a plan of $150 a month for 12 months. Would that work?",
      "Is that manageable for you?",
    ]);
    expect(results.at(-1)!.decision.acts).toContainEqual({ kind: "go_along", about: "fits" });
    expect(kinds(results.at(-1))).not.toContain("agree_plan");
  });
});

describe("a plan and its first payment are one agreement of two parts", () => {
  const WANG = [
    "您好,请问是王建国先生吗?",
    "王先生您好,我是东莞恒信企业管理咨询有限公司的催收员张伟,工号DG0321,受华兴银行信用卡中心委托给您打电话。麻烦您报一下身份证后四位,我核对一下。",
    "谢谢您。今天打来是想了解一下您卡上的情况,最近工作和收入怎么样?",
    "家里每个月的开销大概多少?",
  ];

  it("a customer whose own first words say who he is ('中,是俺。') does not also say the stock '是我本人'", async () => {
    const [opening] = await playLines("zh-hardship-factory-shutdown", ["您好,我姓罗,请问是王建国先生吗?"]);
    expect(opening!.customerText).toContain("是俺");
    expect(opening!.customerText).not.toMatch(/是我|我就是|对,是/);
  });

  it("thanks for a promise kept ('上次您说月底前先还500元,28号就到账了') asks for nothing: no payment request, no refusal for want of trust", async () => {
    const results = await playLines("zh-hardship-factory-shutdown", [...WANG.slice(0, 2), "上次您说月底前先还500元,28号就到账了,说到做到,这一点我很感谢您。"]);
    expect(results.at(-1)!.analysis.paymentRequest).toBeNull();
    expect(kinds(results.at(-1))).not.toContain("decline");
  });

  it("a summary naming a second sum with its own day ('下个月15号前还200元') beside '36期分期' does not make 200 each instalment", async () => {
    const results = await playLines("zh-hardship-factory-shutdown", [
      ...WANG,
      "我总结一下:这周五前还800元,下个月15号前还200元,我今天帮您提交36期分期和违约金减免申请,审批结果我打您本人电话。",
    ]);
    const offered = toPersonaEvents(results.at(-1)!.analysis).flatMap((event) => (event.type === "agent.offered" ? event.options : []));
    expect(offered).toContainEqual(expect.objectContaining({ kind: "instalments", months: 36, monthly: null }));
  });

  it("'今天先还500元,然后从下个月15号开始每个月还800元,分24期' is agreed as said: the down payment and the 24-month plan from the 15th, not the policy's 36 periods; the read-back keeps both", async () => {
    const results = await playLines("zh-hardship-factory-shutdown", [
      ...WANG,
      "我理解。银行这边可以申请分期,最长36期。您看今天先还500元,然后从下个月15号开始每个月还800元,分24期,这样可以吗?",
      "好的,我跟您确认一下:今天先还500元,下个月15号开始每月800元,共24期。对吗?",
    ]);
    for (const result of results.slice(-2)) {
      expect(result.decision.acts).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: "agree_payment", amount: 500, date: "今天" }),
          expect.objectContaining({ kind: "agree_plan", months: 24, monthly: 800, date: "下个月15号" }),
        ]),
      );
    }
    const commitment = restorePersona(results.at(-1)!.state.persona).context.commitment;
    expect(commitment).toMatchObject({ months: 24, amount: 800, firstPayment: { amount: 500, date: "今天" } });
  });

  it("'$75 on the 18th, then $150 a month for 40 months' is a plan with its first payment; the read-back without the length keeps 40 months, none worked out anew", async () => {
    const results = await playLines("us-guilty-cooperative-bus-driver", [
      "Hi, may I speak with Rosa Delgado, please?",
      "Thanks, Ms. Delgado. My name is Chris Moore with Meridian Recovery Services, calling for Cobalt Bank. I'm a debt collector and this is an attempt to collect a debt; any information obtained will be used for that purpose. Can you confirm your date of birth?",
      "Thank you. How have things been going for you since the spring?",
      "I'm so sorry about your mom. What's coming in each month over the summer?",
      "What could you realistically manage without going short?",
      "Cobalt can waive the late fees and freeze the interest. How about $75 on the 18th, and then $150 a month starting September 18th for 40 months?",
      "Let me read that back: $75 on December 18th, then $150 a month from September 18th. Is that right?",
    ]);
    expect(kinds(results[3])).not.toContain("answer");
    expect(results.at(-1)!.decision.acts).toContainEqual(expect.objectContaining({ kind: "agree_plan", months: 40, monthly: 150 }));
    expect(restorePersona(results.at(-1)!.state.persona).context.commitment).toMatchObject({ months: 40, amount: 150, firstPayment: { amount: 75 } });
  });

  it("a first payment they can make is agreed even when the monthly figure is too much for them, and their own monthly figure is put back", async () => {
    const results = await playLines("us-guilty-cooperative-bus-driver", [
      "Hi, may I speak with Rosa Delgado, please?",
      "Thanks, Ms. Delgado. My name is Chris Moore with Meridian Recovery Services, calling for Cobalt Bank. I'm a debt collector and this is an attempt to collect a debt; any information obtained will be used for that purpose.",
      "I'm sorry things have been hard. What could you realistically manage without going short?",
      "How about $75 on the 18th, and then $400 a month for 12 months?",
    ]);
    expect(results.at(-1)!.decision.acts).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: "agree_payment", amount: 75 }), expect.objectContaining({ kind: "counter_plan", monthly: 150 })]),
    );
  });
});

describe("stop handling in any reasonable wording is accepted", () => {
  it("signposting 'social services or Citizens Advice can help' to a bereaved customer after a pause is help, not an invented consequence", async () => {
    const results = await playLines("uk-hardship-first-arrears", [
      "Hello, is that Margaret Ellis?",
      "Oh, I'm so sorry to hear about Brian. Please take your time.",
      "We don't need to talk about payments today. I'll put a hold on the account for 60 days so nothing is chased while you sort things out.",
      "If things get too much, social services or Citizens Advice can help, and it's free.",
    ]);
    expect(kinds(results.at(-1)).filter((kind) => [...REACTS_TO_MISCONDUCT, "vent"].includes(kind))).toEqual([]);
    expect(results.at(-1)!.state.ended).toBe(false);
  });

  it("passing a disputed charge to 'our investigators in the fraud team so they can check the charge' is the dispute route, not a threat", async () => {
    const results = await playLines("us-angry-hung-up-last-time", [
      "Hi, may I speak with Kevin Doyle, please?",
      "Thanks, Mr. Doyle. My name's Sam Ortiz with Meridian Recovery Services. Can you confirm the last four of your Social?",
      "Thank you. I'm a debt collector calling for Cobalt Bank; this is an attempt to collect a debt and any information obtained will be used for that purpose.",
      "That sounds really frustrating. I'm going to note the TV charge as disputed.",
      "I'll pass this to our investigators in the fraud team so they can check the charge, and nobody will ask you to pay that part while they look.",
    ]);
    expect(kinds(results.at(-1)).filter((kind) => REACTS_TO_MISCONDUCT.includes(kind))).toEqual([]);
    expect(results.at(-1)!.decision.outcome).toBeNull();
  });
});

describe("an angry customer asked what happened tells it", () => {
  it("venting, the customer asked '上次具体是怎么回事?' tells of the colleague who was called, not only 'stop calling me'", async () => {
    const results = await playLines("zh-angry-colleague-was-called", [
      "喂,您好,请问是赵磊先生吗?",
      "赵先生您好,我是青岛汇通商务信息咨询有限公司的刘洋,工号QD0815,受华兴银行信用卡中心委托给您打电话。麻烦您报一下身份证后四位,核实一下是您本人。",
      "上次给您同事打电话是我们做得不对,我道歉。以后只打您本人手机,不会再联系您单位和家里人。",
      "您能跟我说说上次具体是怎么回事吗?",
    ]);
    const acts = results.at(-1)!.decision.acts;
    expect(acts).toContainEqual(expect.objectContaining({ kind: "explain", factIds: expect.arrayContaining(["colleague-humiliation"]) }));
  });
});

describe("the know-it-all tests the collector", () => {
  it("answered precisely (recorded, name spelled, no lawsuit authorised), he asks his next question instead of venting about the calls", async () => {
    const results = await playLines("us-know-it-all-realtor", [
      "Good afternoon, is this Richard Hale?",
      "I'm Dana Cole with Meridian Recovery Services, LLC, calling on behalf of Cobalt Bank. I'm a debt collector; this is an attempt to collect a debt and any information obtained will be used for that purpose. Can you confirm your date of birth?",
      "Yes, this call is recorded. My name is Dana Cole, D-A-N-A, C-O-L-E.",
      "No, I'm not threatening to sue you. Cobalt hasn't authorized a lawsuit, and I'm only here to see if we can work something out.",
    ]);
    expect(results.slice(2).flatMap((result) => kinds(result))).not.toContain("vent");
  });
});

describe("nagging wears the customer down", () => {
  it("'When can you make a payment?' asked again and again is no care: irritation rises and patience runs out, it does not calm the debt-numb customer", async () => {
    const results = await playLines("uk-debt-numb-warehouse-worker", [
      "Hi, is that Craig Mitchell?",
      "It's Amy from Calder Credit Management for Northgate Bank. Can I take your date of birth?",
      "You're three months behind. When can you make a payment?",
      "I need a date for a payment please.",
      "When will you be paying?",
      "Can you pay anything at all this week?",
    ]);
    const context = (index: number) => restorePersona(results[index]!.state.persona).context;
    expect(context(5).anger).toBeGreaterThan(context(2).anger);
    expect(context(5).patienceLeft).toBeLessThan(context(2).patienceLeft);
  });
});

describe("the timid customer says yes, to the terms as put", () => {
  const ZHOU = ["喂,周敏吗?", "我是南昌赣信企业管理咨询有限公司的,华兴银行委托的。你那张卡逾期了,欠款要尽快处理。"];

  it("'那5000呢?' after '今天先还3000' is 5000 today, not on a payday of her own; '行,那就今天5000' is taken as the same terms", async () => {
    const results = await playLines("zh-timid-says-yes", [...ZHOU, "这样吧,你今天先还3000,行吗?", "那5000呢?", "行,那就今天5000,记住了啊。"]);
    expect(results.at(-2)!.decision.acts).toContainEqual(expect.objectContaining({ kind: "agree_payment", amount: 5000, date: "今天" }));
    expect(kinds(results.at(-1))).not.toEqual(["acknowledge"]);
    expect(restorePersona(results.at(-1)!.state.persona).context.commitment).toMatchObject({ amount: 5000, date: "今天" });
  });

  it("asked for the screenshot of a payment she never made, she sticks to her story (the scenario's cover), not 'I don't know what to say'", async () => {
    const results = await playLines("zh-timid-says-yes", [...ZHOU, "那截图能发给我看看吗?"]);
    expect(results.at(-1)!.decision.acts).toContainEqual(expect.objectContaining({ kind: "answer", way: "cover", factId: "fake-receipt" }));
  });
});

describe("a bereaved customer given a pause is not negotiated with", () => {
  it("a pause offered as information brings out no pension figures, and 'later, a smaller monthly amount' gets no figure of her own", async () => {
    const lines = shippedScript("uk-hardship-first-arrears", "excellent").slice(0, 8);
    const results = await playLines("uk-hardship-first-arrears", lines);
    expect(kinds(results[6])).not.toContain("explain");
    expect(kinds(results[7]).filter((kind) => ["agree_payment", "counter_offer", "agree_plan", "counter_plan"].includes(kind))).toEqual([]);
  });
});

describe("whoever answers hears a request for the cardholder in any words", () => {
  it("'他现在在家吗?能不能叫他接一下电话?' asks the daughter for her father: she fetches him instead of asking again who is calling", async () => {
    const results = await playLines("zh-hardship-truck-driver", ["喂,你好,黄志强在吗?", "我是他朋友,找他有点事。", "他现在在家吗?能不能叫他接一下电话?"]);
    expect(kinds(results.at(-1))).toEqual(["pass_phone"]);
  });

  it("'Is he home?' to the wife who said he is busy gets 'he's busy', not 'who are you, what do you want with me?'", async () => {
    const results = await playLines("zh-hardship-restaurant-closed", ["喂,你好,请问是张伟吗?", "哦,您是他爱人吧?他在家吗?"]);
    expect(kinds(results.at(-1))).toEqual(["debtor_unavailable"]);
  });
});

describe("an identity check is answered with what it asks for", () => {
  const US_CALL = [
    "Hi, is this Marcus Bell?",
    "This is Dana Price with Meridian Recovery Services, calling for Cobalt Bank. This is an attempt to collect a debt. Can you confirm your date of birth?",
    "Thanks. And the last four of your Social Security number?",
  ];

  it("gives a birthday that fits the age on the case file and the same ID digits in every call, and tells no fact for 'Social Security number'", async () => {
    const [first, second] = await Promise.all([playLines("us-confused-balance-grew", US_CALL, 3), playLines("us-confused-balance-grew", US_CALL, 11)]);
    for (const results of [first!, second!]) {
      expect(results[1]!.customerText).toMatch(/\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, 19\d\d\b/);
      expect(kinds(results[2])).not.toContain("explain");
    }
    const digits = (text: string) => /\b\d{4}\b/.exec(text)?.[0];
    expect(digits(first![2]!.customerText)).toBeDefined();
    expect(digits(second![2]!.customerText)).toBe(digits(first![2]!.customerText));
  });

  it("says the last four of the ID card and the birth date in Chinese", async () => {
    const results = await playLines("zh-timid-says-yes", [
      "您好,请问是周敏女士吗?",
      "我是南昌赣信的王丽,工号3318,受华兴银行信用卡中心委托。麻烦您说一下身份证后四位。",
      "好的,再核对一下您的出生日期。",
    ]);
    expect(results[1]!.customerText).toMatch(/\d{4}/);
    expect(results[2]!.customerText).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
  });
});

describe("a plan is agreed on the trainee's terms, with nothing worked out for them", () => {
  const GUILTY_OPENING = [
    "喂,您好,请问是陈秀英女士吗?",
    "我是合肥华信商务咨询的张丽,工号HF1020,受华兴银行信用卡中心委托联系您。麻烦您说一下身份证后四位核对一下。",
    "陈姐,您别着急,我打电话不是来怪您的,就是想一起看看怎么办。家里最近是不是出了什么事?",
  ];

  it("'每个月拿多少出来?' gets a monthly figure, not a one-off sum on a day of the customer's own", async () => {
    const results = await playLines("zh-guilty-cooperative-restaurant-worker", [...GUILTY_OPENING, "您别勉强。每个月拿多少出来,还能保证家里吃饭和看病?"]);
    expect(kinds(results.at(-1))).not.toContain("agree_payment");
    expect(kinds(results.at(-1))).toContain("counter_plan");
  });

  it("'每个月500元,从下个月10号开始' is a plan with its length left open, and a read-back '每月10号还500元' is that plan, not a first payment beside it", async () => {
    const results = await playLines("zh-guilty-cooperative-restaurant-worker", [
      ...GUILTY_OPENING,
      "那我们就按每个月500元,先从下个月10号开始,您看可以吗?",
      "好,我记一下:每月10号还500元,我提交分期申请,有结果我给您打电话。",
    ]);
    const plan = results.at(-2)!.decision.acts.find((act) => act.kind === "agree_plan");
    expect(plan).toMatchObject({ months: null, monthly: 500, date: "下个月10号" });
    expect(results.at(-2)!.customerText).not.toMatch(/\d+期/);
    expect(kinds(results.at(-1))).not.toContain("agree_payment");
    const commitment = restorePersona(results.at(-1)!.state.persona).context.commitment;
    expect(commitment).toMatchObject({ amount: 500, months: null, openLength: true, firstPayment: null });
  });

  it("'$100 a month starting January 5th' is agreed without a length the trainee never said", async () => {
    const results = await playLines("us-guilty-cooperative-bus-driver", [
      "Hi, is this Rosa Delgado?",
      "This is Dana Price with Meridian Recovery Services, calling for Cobalt Bank. This is an attempt to collect a debt. Can you confirm your date of birth?",
      "Thanks, Rosa. Would $100 a month, starting January 5th, work for you?",
    ]);
    const plan = results.at(-1)!.decision.acts.find((act) => act.kind === "agree_plan");
    expect(plan).toMatchObject({ months: null, monthly: 100 });
    expect(results.at(-1)!.customerText).not.toMatch(/\d+ months/);
    expect(restorePersona(results.at(-1)!.state.persona).context.commitment).toMatchObject({ months: null, openLength: true });
  });

  it("a summary said with the goodbye gets the terms back and a goodbye, not the terms alone", async () => {
    const results = await playLines("us-guilty-cooperative-bus-driver", [
      "Hi, is this Rosa Delgado?",
      "This is Dana Price with Meridian Recovery Services, calling for Cobalt Bank. This is an attempt to collect a debt. Can you confirm your date of birth?",
      "Thanks, Rosa. Would $100 a month, starting January 5th, work for you?",
      "Great, so that is $100 a month from January 5th. Thanks Rosa, bye.",
    ]);
    expect(kinds(results.at(-1))).toEqual(["agree_plan", "goodbye"]);
  });
});

describe("a line that mocks a tactic waits for that tactic", () => {
  it("the debt-numb contractor mocks 'before four today, one special waiver left' only when pressed, not at a fair plan", async () => {
    const lines = trialScript("zh-numb-fair.txt");
    for (const seed of [1, 2, 3, 4, 5, 6, 7]) {
      const results = await playLines("zh-debt-numb-contractor", lines, seed);
      expect(results.map((result) => result.customerText).join("")).not.toMatch(/四点前|特批/);
    }
  });
});

describe("the misinformed customer hears the truth about his myth", () => {
  it("the facts about the six years get a line back from Dean, not a bare 'Mm-hm.', even right after another of his lines", async () => {
    const results = await playLines("uk-misinformed-six-year-myth", [
      "Hello, is that Dean Whitaker?",
      "Hi Dean, my name's Sophie, I'm calling from Calder Credit Management on behalf of Northgate Bank. Before I go on, can you confirm your date of birth for me?",
      "Thanks Dean. I'm calling about your two Northgate cards. The balance is £3,799.52 and they're about four months behind.",
      "I get why you'd think that. The six years runs from your last payment, and a default stays on your credit file for six years from the date it's registered, so it doesn't just vanish, and the bank can go to court well before then.",
    ]);
    expect(kinds(results.at(-2))).toContain("saying");
    expect(kinds(results.at(-1))).toContain("saying");
    expect(results.at(-1)!.customerText).not.toMatch(/^(?:mm-hm|right|okay|i'm listening)\.?$/i);
  });
});

describe("a question about paying others is about other debts", () => {
  it("'Are you paying anyone else at the moment?' gets an answer about other debts, not a refusal to pay", async () => {
    const results = await playLines("uk-debt-numb-warehouse-worker", [
      "Hi, is that Craig Mitchell?",
      "Hi Craig, it's Jess from Wearside Recoveries, calling for Northgate Bank. Can you confirm your postcode for me before I go on?",
      "Are you paying anyone else at the moment?",
    ]);
    expect(kinds(results.at(-1))).not.toContain("decline");
    expect(results.at(-1)!.decision.acts).toContainEqual(expect.objectContaining({ kind: "answer", topic: "other_debts" }));
  });
});

describe("every pressure the report shows is pressure the customer feels", () => {
  const REACTS = ["challenge", "fear", "vent", "complain", "hang_up"];
  const US_OPENING = [
    "Hi, is this Marcus Bell?",
    "This is Dana Price with Meridian Recovery Services, calling for Cobalt Bank. This is an attempt to collect a debt. Can you confirm your date of birth?",
  ];

  it("a balance blown up far past the case gets a reaction, not a thank-you", async () => {
    const results = await playLines("us-confused-balance-grew", [...US_OPENING, "With interest and penalties you're up over seven thousand now, Mr. Bell."]);
    expect(kinds(results.at(-1)).filter((kind) => REACTS.includes(kind))).not.toEqual([]);
  });

  it("hardship brushed aside, a deadline, and 'pay now, dispute later' get a reaction", async () => {
    const lines = [
      // Wordings of the seed tactics' tuning set that the report flagged and the customer let pass.
      "Being on a fixed income isn't a reason not to pay. You found money to spend, you can find money to pay.",
      "You have until three o'clock this afternoon, Mr. Bell, and then your account gets transferred for legal review.",
      "Disputes take forever. Just pay it and then take it up with Cobalt.",
    ];
    for (const line of lines) {
      const results = await playLines("us-confused-balance-grew", [...US_OPENING, line]);
      expect(
        kinds(results.at(-1)).filter((kind) => REACTS.includes(kind)),
        line,
      ).not.toEqual([]);
    }
  });
});

describe("the policy's ceiling is told, not proposed", () => {
  const KIA_OPENING = [
    "您好,请问是郑凯先生吗?",
    "郑先生您好,我叫王磊,工号NJ0462,南京宁信商务信息咨询有限公司,受华兴银行信用卡中心委托联系您。本通电话有录音。为了确认是您本人,麻烦报一下身份证后四位。",
  ];

  it("'最长五年' is no plan to say yes to: the customer does not agree to 60 months nobody proposed", async () => {
    const results = await playLines("zh-guilty-cooperative-restaurant-worker", [
      "喂,您好,请问是陈秀英女士吗?",
      "我是合肥华信商务咨询的张丽,工号HF1020,受华兴银行信用卡中心委托联系您。麻烦您说一下身份证后四位核对一下。",
      "陈姐,您别着急,我打电话不是来怪您的。银行有个性化分期,最长可以分60期,我可以帮您提交申请,能不能批要看银行。",
    ]);
    expect(kinds(results.at(-1))).not.toContain("agree_plan");
    expect(results.at(-1)!.customerText).not.toMatch(/60期(?:可以|的话)/);
  });

  it("a plan overstated past the policy is challenged as a lie, not answered with the prison line", async () => {
    const results = await playLines("zh-know-it-all-legal-specialist", [
      ...KIA_OPENING,
      "根据规定,您可以向银行申请个性化分期,最长60期,申请需要您本人提出,银行审核,我不能保证一定批。",
    ]);
    expect(kinds(results.at(-1))).toContain("challenge");
    expect(results.at(-1)!.customerText).not.toMatch(/坐牢/);
  });
});

describe("a pause offered is no money asked", () => {
  it("after 'collection on that amount is paused', the angry customer does not say 'not one dime till that TV's off'", async () => {
    const lines = trialScript("us-angry-apology.txt");
    const results = await playLines("us-angry-hung-up-last-time", lines);
    const pause = lines.findIndex((line) => line.includes("paused"));
    expect(results[pause]!.customerText).not.toMatch(/not one dime/i);
  });
});

describe("a question about how the call goes on", () => {
  it("when to ring back and on which phone is answered with a time of her own, not with 'Not much to tell' or 'Whatever works'", async () => {
    const script = shippedScript("uk-hardship-first-arrears", "excellent");
    const asked = script.findIndex((line) => line.startsWith("When would be a good time for me to ring back"));
    const results = await playLines("uk-hardship-first-arrears", script.slice(0, asked + 1));
    expect(results.at(-1)!.decision.acts).toContainEqual({ kind: "go_along", about: "when" });
    expect(results.at(-1)!.customerText).toMatch(/after (?:ten|two|seven)/);
  });

  it("a time asked for in either language gets one, in the part of the day asked about", async () => {
    const zh = await playLines("zh-hardship-truck-driver", [
      "您好,我是恒信资产的小王,受银行委托。请问是黄志强先生本人吗?",
      "麻烦您报一下身份证后四位,核对一下身份。",
      "您先好好养病,钱的事今天不谈。下次我晚上几点给您打电话比较合适?",
    ]);
    expect(zh.at(-1)!.customerText).toContain("晚上");
    const en = await playLines("uk-misinformed-six-year-myth", [
      "Hello, is that Dean Whitaker? My name's Jamie, I'm calling from Calder Credit Management on behalf of Northgate Bank.",
      "Thanks Dean. Before we get into it, can you just confirm your date of birth and postcode for me, for security?",
      "What day works best for me to give you a call back?",
    ]);
    expect(kinds(en.at(-1))).toContain("go_along");
    expect(en.at(-1)!.customerText).toMatch(/after (?:ten|two|seven)/);
  });
});

/**
 * Fourth trainer trial (issue 9, 2026-12-07, afternoon): the customer answers what the trainee says.
 * Each case failed on the code of that session's start (63053bd).
 */
describe("a wrong name is not answered as one's own", () => {
  const firstReply = async (id: string, line: string) => (await playLines(id, [line]))[0]!;

  it("asked for someone else, the cardholder says no or asks who they want, in either language", async () => {
    for (const [id, line] of [
      ["us-guilty-cooperative-bus-driver", "Is this Frank Russo?"],
      ["us-guilty-cooperative-bus-driver", "Hello, is that Mrs. Russo?"],
      ["zh-timid-says-yes", "请问是王强吗?"],
      ["zh-timid-says-yes", "喂,是刘先生吗?"],
      ["zh-timid-says-yes", "你好,我找一下王建国。"],
    ] as const) {
      const reply = await firstReply(id, line);
      expect(kinds(reply), line).toEqual(["wrong_person"]);
      expect(reply.customerText, line).not.toMatch(/that's me|it's me|speaking|(?<!不)是我|我就是/i);
      expect(reply.customerText, line).toMatch(/wrong|who|不是|打错|找谁/i);
      expect(restorePersona(reply.state.persona).context.identity.confirmed, line).toBe(false);
    }
  });

  it("the right name in any natural form (first name, surname and title, nickname) is still theirs", async () => {
    for (const [id, line] of [
      ["us-guilty-cooperative-bus-driver", "Hi, is this Rosa?"],
      ["us-guilty-cooperative-bus-driver", "Good morning, am I speaking with Ms Delgado?"],
      ["us-guilty-cooperative-bus-driver", "Hello, is that Mrs. Delgado?"],
      ["us-angry-hung-up-last-time", "Hey, is this Kev?"],
      ["zh-timid-says-yes", "请问是周女士吗?"],
      ["zh-timid-says-yes", "喂,周敏吗?"],
      ["zh-timid-says-yes", "是小周吗?"],
      ["zh-hardship-factory-shutdown", "您好,请问是王先生吗?"],
      ["zh-misinformed-nothing-happens", "喂,孙浩吧?"],
    ] as const) {
      const reply = await firstReply(id, line);
      expect(kinds(reply), line).not.toContain("wrong_person");
      expect(kinds(reply), line).toContain("confirm_identity");
    }
  });

  it("whoever answers for the cardholder, asked for a stranger, says there is nobody of that name", async () => {
    const reply = await firstReply("zh-hardship-truck-driver", "喂,你好,王强在吗?");
    expect(kinds(reply)).toEqual(["wrong_person"]);
    expect(reply.customerText).toMatch(/不是|打错|找谁|没有/);
  });
});

describe("a closing in any words closes", () => {
  const ZHOU_AGREED = ["喂,您好,是周敏女士吗?", "我是安和信息咨询的李明,受华兴银行信用卡中心委托联系您,麻烦您报一下身份证后四位,我核对一下。", "那就1月1号前先还600元,可以吗?"];
  const ROSA_AGREED = [
    "Hi, is this Rosa Delgado?",
    "This is Dana Price with Meridian Recovery Services, calling for Cobalt Bank. This is an attempt to collect a debt. Can you confirm your date of birth?",
    "Thanks, Rosa. Would $100 a month, starting January 5th, work for you?",
  ];

  it("那就这样, 那先这样吧, 就这样吧 close like 再见", async () => {
    for (const line of ["好,那就这样。", "那先这样吧。", "行,就这样吧,有事您打我电话。"]) {
      const results = await playLines("zh-timid-says-yes", [...ZHOU_AGREED, line]);
      expect(kinds(results.at(-1)), line).toContain("goodbye");
    }
  });

  it("'That's all for now', 'I'll let you go' and 'take good care of yourself' close like 'bye'", async () => {
    for (const line of ["That's all for now, Rosa.", "Okay, I'll let you go.", "Thank you, Rosa. Please take good care of yourself."]) {
      const results = await playLines("us-guilty-cooperative-bus-driver", [...ROSA_AGREED, line]);
      expect(kinds(results.at(-1)), line).toContain("goodbye");
    }
  });
});

describe("an arrest threat in the passive voice is a threat", () => {
  const REACTS = ["challenge", "fear", "vent", "complain", "hang_up"];
  const OPENING: Record<string, string[]> = {
    "zh-timid-says-yes": ["喂,您好,是周敏女士吗?", "我是安和信息咨询的李明,受华兴银行信用卡中心委托联系您,麻烦您报一下身份证后四位,我核对一下。"],
    "zh-guilty-cooperative-restaurant-worker": [
      "喂,您好,请问是陈秀英女士吗?",
      "我是合肥华信商务咨询的张丽,工号HF1020,受华兴银行信用卡中心委托联系您。麻烦您说一下身份证后四位核对一下。",
    ],
    "zh-know-it-all-legal-specialist": [
      "您好,请问是郑凯先生吗?",
      "郑先生您好,我叫王磊,工号NJ0462,南京宁信商务信息咨询有限公司,受华兴银行信用卡中心委托联系您。麻烦报一下身份证后四位。",
    ],
  };
  const THREATS = [
    "再不还,到时候人被带走就晚了。",
    "到时候人会被带走,您自己想清楚。",
    "你这样拖下去会被抓的。",
    "再拖下去,搞不好会被拘留。",
    "到时候派出所会找你。",
    "等被关进去就晚了。",
    "到时候警察直接把你带走。",
    "这种情况是可以被刑拘的。",
  ];

  it("人被带走, 会被抓, 被拘留, 派出所会找你 frighten or anger every kind of customer, and the report flags them", async () => {
    for (const [id, opening] of Object.entries(OPENING)) {
      for (const line of THREATS) {
        const results = await playLines(id, [...opening, line]);
        expect(
          kinds(results.at(-1)).filter((kind) => REACTS.includes(kind)),
          `${id}: ${line}`,
        ).not.toEqual([]);
        expect(results.at(-1)!.analysis.threats.length, `${id}: ${line}`).toBeGreaterThan(0);
      }
    }
  });
});

describe("a plan put without a length stays open, whatever the policy's ceiling", () => {
  const WANG = [
    "您好,请问是王建国先生吗?",
    "王先生您好,我是东莞恒信企业管理咨询有限公司的催收员张伟,工号DG0321,受华兴银行信用卡中心委托给您打电话。麻烦您报一下身份证后四位,我核对一下。",
    "谢谢您。今天打来是想了解一下您卡上的情况,最近工作和收入怎么样?",
  ];
  const ROSA = [
    "Hi, is this Rosa Delgado?",
    "This is Dana Price with Meridian Recovery Services, calling for Cobalt Bank. This is an attempt to collect a debt. Can you confirm your date of birth?",
  ];
  const openPlan = (results: Awaited<ReturnType<typeof playLines>>, monthly: number) => {
    expect(results.at(-1)!.decision.acts).toContainEqual(expect.objectContaining({ kind: "agree_plan", months: null, monthly }));
    expect(restorePersona(results.at(-1)!.state.persona).context.commitment).toMatchObject({ amount: monthly, months: null, openLength: true });
  };

  it("'最长36期,每个月还800,直到还清' is 800 a month until paid, not 36 periods", async () => {
    for (const line of ["您看每个月还800,直到还清,可以吗?", "您可以申请分期,最长36期,每个月还800,直到还清,您看可以吗?"]) {
      const results = await playLines("zh-hardship-factory-shutdown", [...WANG, line]);
      openPlan(results, 800);
      expect(results.at(-1)!.customerText, line).not.toMatch(/36期/);
    }
  });

  it("'a plan of up to 12 months: $100 a month until it's paid off' is $100 a month, the length left open", async () => {
    for (const line of [
      "Thanks, Rosa. Could you do $100 a month until it's paid off?",
      "Thanks, Rosa. Cobalt can set up a plan of up to 12 months: $100 a month until it's paid off. Would that work?",
    ]) {
      const results = await playLines("us-guilty-cooperative-bus-driver", [...ROSA, line]);
      openPlan(results, 100);
      expect(results.at(-1)!.customerText, line).not.toMatch(/12 months/);
    }
  });
});

describe("the fact told matches the topic asked", () => {
  it("'How are things at work, and what do you earn?' gets his pay (or his cover for it), not what his mate at work says", async () => {
    const results = await playLines("uk-misinformed-six-year-myth", [
      "Hello, is that Dean Whitaker?",
      "Hi Dean, my name's Sophie, I'm calling from Calder Credit Management on behalf of Northgate Bank. Can you confirm your date of birth for me?",
      "How are things at work, and what do you earn?",
    ]);
    const acts = results.at(-1)!.decision.acts;
    expect(results.at(-1)!.customerText).not.toMatch(/my mate at work/i);
    const aboutPay = acts.some(
      (act) => (act.kind === "explain" && act.factIds.includes("courier-pay")) || (act.kind === "answer" && (act.topic === "income" || act.topic === "employment")),
    );
    expect(aboutPay).toBe(true);
  });
});

describe("a sincere apology with a concrete change calms the angry customer", () => {
  const ZHAO = [
    "喂,您好,请问是赵磊先生吗?",
    "赵先生您好,我是青岛汇通商务信息咨询有限公司的刘洋,工号QD0815,受华兴银行信用卡中心委托给您打电话。麻烦您报一下身份证后四位,核实一下是您本人。",
  ];
  const KEVIN = [
    "Hi, may I speak with Kevin Doyle, please?",
    "Thanks, Mr. Doyle. My name's Sam Ortiz with Meridian Recovery Services, calling for Cobalt Bank. Can you confirm the last four of your Social?",
  ];
  const anger = (result: Awaited<ReturnType<typeof playLines>>[number]) => restorePersona(result.state.persona).context.anger;

  it("owning the call to the colleague and promising only the mobile visibly lowers anger within a turn, in either language", async () => {
    for (const [id, opening, apology, next] of [
      ["zh-angry-colleague-was-called", ZHAO, "上次给您同事打电话是我们做得不对,我道歉。以后只打您本人手机,不会再联系您单位和家里人。", "您能跟我说说最近的情况吗?"],
      [
        "us-angry-hung-up-last-time",
        KEVIN,
        "That call to your colleague was our mistake, I'm sorry. It won't happen again: we will only call your mobile.",
        "Can you tell me what's been going on?",
      ],
    ] as const) {
      const results = await playLines(id, [...opening, apology, next]);
      const before = anger(results[1]!);
      expect(anger(results[2]!), id).toBeLessThanOrEqual(before - 0.2);
      expect(kinds(results[3]), id).not.toContain("vent");
      expect(["angry"], id).not.toContain(results[3]!.decision.mood);
    }
  });

  it("a bare 'sorry' said again and again buys nothing", async () => {
    for (const [id, opening, sorry] of [
      ["zh-angry-colleague-was-called", ZHAO, "对不起。"],
      ["us-angry-hung-up-last-time", KEVIN, "Sorry."],
    ] as const) {
      const results = await playLines(id, [...opening, sorry, sorry, sorry]);
      expect(anger(results.at(-1)!), id).toBeGreaterThan(anger(results[1]!) - 0.1);
    }
  });
});

describe("the bereaved widow answers what she is asked", () => {
  const FILLER = /^(?:okay|mm-hm|right|i'm listening)\.?$/i;

  it("a date-of-birth and postcode check gets both, not 'I'll call when I can', whether or not she has told of Brian yet", async () => {
    for (const lines of [
      ["Hello, is that Margaret Ellis?", "Thank you, Mrs Ellis. Before we go on, could you just confirm your date of birth and your postcode for me? Take your time."],
      [
        "Hello, is that Margaret Ellis?",
        "Hi Margaret, my name's Tom from Calder Credit Management on behalf of Northgate Bank. Oh, I'm so sorry to hear about Brian.",
        "Before we go on, could you confirm your date of birth and postcode for me?",
      ],
    ]) {
      const results = await playLines("uk-hardship-first-arrears", lines);
      const reply = results.at(-1)!;
      expect(kinds(reply), lines.at(-1)).toContain("confirm_identity");
      expect(reply.customerText, lines.at(-1)).toMatch(/19\d\d/);
      expect(reply.customerText, lines.at(-1)).toMatch(/SK4 4EB/);
      expect(reply.customerText, lines.at(-1)).not.toMatch(/call when I can/i);
    }
  });

  it("questions about her money and her affairs get her facts or her own answer, never a bare 'Right.'", async () => {
    const lines = [
      "Hello, is that Margaret Ellis?",
      "Hi Margaret, my name's Tom from Calder Credit Management on behalf of Northgate Bank. Oh, I'm so sorry to hear about Brian.",
      "What do you have coming in each month?",
      "Is anyone helping you with the paperwork?",
      "Did the funeral cost a lot?",
      "Do you know how long probate will take?",
    ];
    for (const seed of [1, 3, 7]) {
      const results = await playLines("uk-hardship-first-arrears", lines, seed);
      const income = results[2]!.decision.acts;
      expect(
        income.some((act) => (act.kind === "explain" && act.factIds.includes("pension")) || (act.kind === "answer" && act.topic === "income")),
        `seed ${seed}: ${results[2]!.customerText}`,
      ).toBe(true);
      for (const [index, result] of results.entries()) {
        if (!lines[index]!.endsWith("?")) continue;
        expect(result.customerText, lines[index]).not.toMatch(FILLER);
        // Telling a fact is the answer: no "I'm listening." tacked on after it.
        expect(result.customerText, lines[index]).not.toMatch(/(?:I'm listening|Mm-hm|Right|Okay)\.$/);
      }
    }
  });
});

describe("pushback fits the push", () => {
  it("pressed about money at a stop moment, the widow does not say 'leave my family out of it'; asked to borrow, the customer pushes back on borrowing", async () => {
    const widow = await playLines("uk-hardship-first-arrears", [
      "Hello, is that Margaret Ellis?",
      "Hi Margaret, my name's Tom from Calder Credit Management on behalf of Northgate Bank. Oh, I'm so sorry to hear about Brian.",
      "How are you managing for money at the moment?",
    ]);
    expect(widow.at(-1)!.customerText).not.toMatch(/family|borrow/i);
    const results = await playLines("zh-guilty-cooperative-restaurant-worker", [
      "喂,您好,请问是陈秀英女士吗?",
      "我是合肥华信商务咨询的张丽,工号HF1020,受华兴银行信用卡中心委托联系您。麻烦您说一下身份证后四位核对一下。",
      "您手上没有的话,找亲戚朋友先借一点周转一下嘛。",
    ]);
    expect(results.at(-1)!.customerText).not.toMatch(/家里人欠你们|一下子要这么多/);
  });
});

describe("who they are is said once it is asked", () => {
  it("asking who is calling, the timid customer does not also say 'yes, it's me' in the same breath", async () => {
    for (const [id, line] of [
      ["zh-timid-says-yes", "你好"],
      ["us-timid-says-she-paid", "Hello?"],
    ] as const) {
      const reply = (await playLines(id, [line]))[0]!;
      expect(kinds(reply), line).toContain("ask_who");
      expect(reply.customerText, line).not.toMatch(/that's me|it's me|(?<!不)是我/i);
    }
  });
});

describe("help offered after a stop moment is taken, not met with 'Mm-hm.'", () => {
  it("the widow given a hold, a smaller amount later and free help says what it means to her, without a figure", async () => {
    const lines = shippedScript("uk-hardship-first-arrears", "excellent");
    const offers = ["What I can do today", "Later on, only when you feel ready", "There's free help as well"].map((start) => lines.findIndex((line) => line.startsWith(start)));
    for (const seed of [1, 7]) {
      const results = await playLines("uk-hardship-first-arrears", lines, seed);
      for (const index of offers) {
        expect(results[index]!.customerText, lines[index]).not.toMatch(/^(?:okay|mm-hm|right|i'm listening)\.?$/i);
        expect(kinds(results[index]).filter((kind) => ["agree_payment", "counter_offer", "agree_plan", "counter_plan"].includes(kind))).toEqual([]);
      }
      const replies = offers.map((index) => results[index]!.customerText);
      expect(new Set(replies).size, replies.join(" / ")).toBe(replies.length);
    }
  });
});

describe("an arrest threat in English passive words is a threat", () => {
  it("'you could be taken away', 'taken away in handcuffs' get a reaction and are flagged", async () => {
    for (const line of ["Keep ignoring this and you could be taken away.", "People like you end up getting taken away in handcuffs."]) {
      const results = await playLines("us-timid-says-she-paid", [
        "Hi, is this Jenna Marsh?",
        "My name is Jordan Lee, I'm with Meridian Recovery Services calling on behalf of Cobalt Bank. Can you confirm your date of birth?",
        line,
      ]);
      expect(
        kinds(results.at(-1)).filter((kind) => ["challenge", "fear", "vent", "complain", "hang_up"].includes(kind)),
        line,
      ).not.toEqual([]);
      expect(
        results.at(-1)!.analysis.threats.map((threat) => threat.kind),
        line,
      ).toContain("prison");
    }
  });
});

describe("nothing put, nothing refused", () => {
  it("a question about money at a stop moment gets the stop again, not 'I can't agree to that'", async () => {
    const results = await playLines("uk-hardship-first-arrears", [
      "Hello, is that Margaret Ellis?",
      "Hi Margaret, my name's Tom from Calder Credit Management on behalf of Northgate Bank. Oh, I'm so sorry to hear about Brian.",
      "How are you managing for money at the moment?",
    ]);
    expect(kinds(results.at(-1))).toContain("must_stop");
    expect(kinds(results.at(-1))).not.toContain("decline");
  });
});

describe("the cardholder asked for politely by name is fetched", () => {
  it("'May I speak with Tyler Brooks, please?' to his mother gets him to the phone, before any agency is named to her", async () => {
    const results = await playLines("us-face-conscious-student-card", ["Hi, this is Sam Lee. May I speak with Tyler Brooks, please?"]);
    expect(kinds(results[0])).toEqual(["pass_phone"]);
  });
});

describe("a reply says each thing once", () => {
  it("asked for the account holder, the confused customer asks who is calling once, in his own words", async () => {
    const [opening] = await playLines("us-confused-balance-grew", ["Hi, may I speak with the account holder please?"]);
    expect(opening!.customerText.match(/who did you say|what company|who is this|who's calling|who am i speaking/gi)).toHaveLength(1);
  });

  it("a fact that opens with its own 说实话 gets no second 说实话 put in front of it or of the fact before it", async () => {
    const results = await playLines("zh-angry-colleague-was-called", [
      "您好,请问是赵磊先生吗?",
      "赵先生您好,我是信达咨询的王芳,工号5521,受华兴银行信用卡中心委托联系您。麻烦您报一下身份证后四位,我核对一下。",
      "谢谢您。听得出来您很生气,上次打到您单位的事,是我们做得不对,我向您道歉。以后我们只打您本人手机,不会再联系您同事。",
      "能跟我说说那次具体是怎么回事吗?",
      "这事确实让您在同事面前很难堪,换谁都受不了。我会把这个情况记到投诉记录里。那您现在收入和开销大概是什么情况?",
    ]);
    const told = results.at(-1)!.customerText;
    expect(told).toContain("五千");
    expect(told.match(/说实话/g)).toHaveLength(1);
  });

  it("a fact told in a reply is not said again by the persona's own saying in the same reply", async () => {
    const results = await playLines("us-confused-balance-grew", [
      "Hi, may I speak with the account holder please?",
      "Thanks. My name is Dana Lopez, I'm calling from Ridgeline Recovery on behalf of the bank. Before I go on, could you confirm your date of birth for me?",
      "Thank you. This is an attempt to collect a debt and any information obtained will be used for that purpose. I'm calling about your credit card account. How are things going for you at the moment?",
    ]);
    const told = results.at(-1)!.customerText;
    expect(told).toContain("Wright-Patt");
    expect(told.match(/paid itself/g)).toHaveLength(1);
  });
});

describe("a promise not to call is no call-back", () => {
  it("'以后我们只打您本人手机,不会再联系您同事' after an apology asks for no call-back: the angry customer does not wrap up the call", async () => {
    const results = await playLines("zh-angry-colleague-was-called", [
      "您好,请问是赵磊先生吗?",
      "赵先生您好,我是信达咨询的王芳,工号5521,受华兴银行信用卡中心委托联系您。麻烦您报一下身份证后四位,我核对一下。",
      "谢谢您。听得出来您很生气,上次打到您单位的事,是我们做得不对,我向您道歉。以后我们只打您本人手机,不会再联系您同事。",
    ]);
    expect(kinds(results.at(-1))).not.toContain("agree_callback");
  });
});

describe("offers and the closing question get their answers", () => {
  it("the widow offered StepChange's number says yes, please, and asked 'anything else?' says that's all, in both languages", async () => {
    const en = await playLines("uk-hardship-first-arrears", [
      "Hello, could I speak to Margaret Ellis please?",
      "Hi Margaret, my name's Chris, I'm calling from Calder Credit Management on behalf of Northgate Bank. Before we go any further, could you confirm your date of birth and postcode for me?",
      "Thank you. I'm so sorry for your loss. Please don't worry about paying anything today.",
      "I can put a 30-day hold on the account so nothing happens while you sort things out.",
      "There's also a free, independent service called StepChange who help people in your position. Would you like their number?",
      "It's 0800 138 1111. We'll write to you to confirm the hold. Is there anything else I can do for you today?",
    ]);
    expect(kinds(en.at(-2))).toContain("go_along");
    expect(en.at(-2)!.customerText).toMatch(/\byes\b/i);
    expect(en.at(-1)!.customerText).toMatch(/^no\b|\bthat's (?:all|everything|it)\b/i);

    const zh = await playLines("zh-timid-says-yes", [
      "您好,请问是周敏女士吗?",
      "我是安和信息咨询的李明,受华兴银行信用卡中心委托联系您,麻烦您报一下身份证后四位,我核对一下。",
      "谢谢。是关于您信用卡逾期的事,最近是不是遇到什么困难了?",
      "要不要我把我们的客服热线发给您?",
      "好的。那您还有别的问题吗?",
    ]);
    expect(zh.at(-2)!.customerText).toMatch(/好|要/);
    expect(zh.at(-1)!.customerText).toMatch(/没有|没别的|没了/);
  });
});

describe("the disputing customer's call closes as a trainer expects", () => {
  const lines = [
    "喂,您好,请问是冯晓静女士吗?",
    "冯女士您好,我是恒信咨询的张磊,工号3302,受华兴银行信用卡中心委托联系您。麻烦您报一下身份证后四位,我核实一下身份。",
    "谢谢。我打电话是关于您信用卡账单逾期的事,最近是遇到什么情况了吗?",
    "您是说这几笔消费不是您本人刷的,对吧?能具体说说是哪几笔吗?",
    "明白了。这几笔有争议的,我这边先帮您登记异议,争议部分暂停催收,银行会调查,结果出来会通知您。您看这样可以吗?",
    "好的,那我把今天的情况记下来:争议的几笔先暂停,等调查结果;其他的您看完账单再联系我们,热线400-800-1234。还有别的问题吗?",
  ];

  it("'您是说这几笔…不是您本人刷的,对吧?' asks about the charges, not who she is; what she tells ends without a stray '嗯。'; '还有别的问题吗?' after the summary gets 'no'", async () => {
    const results = await playLines("zh-dispute-unrecognised-charges", lines);
    // "我核实一下身份" checks who she is: it is no dispute route, so a question after it gets no "行,你们先登记一下".
    expect(kinds(results[2])).not.toContain("agree_callback");
    expect(kinds(results[3])).not.toContain("confirm_identity");
    expect(results.filter((result) => kinds(result).includes("explain")).every((result) => !/[。!?](?:嗯|好的)。$/.test(result.customerText))).toBe(true);
    expect(results.at(-1)!.customerText).toMatch(/没有|没了|没别的/);
  });
});

describe("told not to worry about paying, a bereaved customer is relieved", () => {
  it("'Please don't worry about paying anything today' after the condolence is a pause: thanks and relief, not a bare 'Right.'; 还款的事您先别操心 the same", async () => {
    const en = await playLines("uk-hardship-first-arrears", [
      "Hello, could I speak to Margaret Ellis please?",
      "Hi Margaret, my name's Chris, I'm calling from Calder Credit Management on behalf of Northgate Bank. Before we go any further, could you confirm your date of birth and postcode for me?",
      "I'm so sorry for your loss. Please don't worry about paying anything today.",
    ]);
    expect(kinds(en.at(-1))).toContain("agree_callback");
    expect(en.at(-1)!.customerText).not.toMatch(/^(?:right|okay|mm-hm)\.?$/i);
  });
});

describe("an offer put as 'Would that help?' is taken up first", () => {
  it("a 30-day hold offered with 'Would that help?' gets a yes before anything else she tells", async () => {
    const results = await playLines("uk-hardship-first-arrears", [
      "Hello, could I speak to Margaret Ellis please?",
      "Hi Margaret, my name's Chris, I'm calling from Calder Credit Management on behalf of Northgate Bank. Before we go any further, could you confirm your date of birth and postcode for me?",
      "Thank you. I'm calling about your credit card account, which has fallen a bit behind. How have things been for you lately?",
      "I'm so sorry for your loss. Please don't worry about paying anything today.",
      "I can put a 30-day hold on the account so nothing happens while you sort things out. Would that help?",
    ]);
    expect(kinds(results.at(-1))[0]).toBe("go_along");
    expect(results.at(-1)!.customerText).toMatch(/\byes\b/i);
  });
});

describe("the customer answers the question as the person she is", () => {
  const TRUCK_DRIVER_OPENING = ["您好,我是恒信资产的小王,受银行委托。请问是黄志强先生本人吗?", "麻烦您报一下身份证后四位,核对一下身份。"];

  it("asked for his ID digits, a customer whose own first words say who he is says them first and gives the digits", async () => {
    const results = await playLines("zh-hardship-truck-driver", TRUCK_DRIVER_OPENING);
    const reply = results.at(-1)!.customerText;
    expect(reply.startsWith("咳咳……是我")).toBe(true);
    expect(reply).toMatch(/\d{4}/);
  });

  it("'how are things?' after he told of his cancer gets what weighs on him, then a pointer back: never 'nothing special'", async () => {
    const results = await playLines("zh-hardship-truck-driver", [
      ...TRUCK_DRIVER_OPENING,
      "谢谢。您的信用卡逾期了,现在方便聊聊您的情况吗?",
      "听起来这段时间真的很难。家里现在怎么样?",
      "那您最近情况怎么样?",
      "您最近情况怎么样?",
    ]);
    const replies = results.slice(2).map((result) => result.customerText);
    for (const reply of replies) expect(reply).not.toMatch(/就那样|没什么特别/);
    expect(kinds(results[2])).toContain("explain");
  });

  it("a plan put to him while he is too ill to talk money gets no '好的。' that sounds like a yes", async () => {
    const results = await playLines("zh-hardship-truck-driver", [
      ...TRUCK_DRIVER_OPENING,
      "谢谢。您的信用卡逾期了,现在方便聊聊您的情况吗?",
      "可以申请分期,分24期,每个月800元,您看行吗?",
    ]);
    expect(kinds(results.at(-1))).toEqual(["decline"]);
  });
});

describe("no day nobody named", () => {
  const FACTORY_WORKER = [
    "您好,我是恒信资产的小王,受华兴银行委托。请问是王建国先生本人吗?",
    "麻烦您报一下身份证后四位,核对一下身份。",
    "谢谢。您的信用卡逾期了,现在方便聊聊您的情况吗?",
  ];

  it("a plan of 500 a month put with no start, to a customer with no payday, is agreed with no invented start day", async () => {
    const results = await playLines("zh-hardship-factory-shutdown", [...FACTORY_WORKER, "那可以申请分期,每个月还500元,您看行吗?"]);
    const last = results.at(-1)!;
    expect(kinds(last)).toContain("agree_plan");
    expect(last.customerText).toMatch(/500/);
    expect(last.customerText).not.toMatch(/\d+月\d+[号日]|号开始/);
    const scenario = await getScenarioOrThrow("zh-hardship-factory-shutdown");
    const prompt = buildRoleplayPrompt(scenario, last.decision, [])
      .map((message) => message.content)
      .join("\n");
    expect(prompt).toMatch(/agree_plan \([^)]*no day named/);
    expect(prompt).not.toMatch(/agree_plan \([^)]*date=/);
  });

  it("asked what she can pay in the next few days, she promises her sum for 'these few days', not a date of her own", async () => {
    const results = await playLines("zh-hardship-factory-shutdown", [...FACTORY_WORKER, "您这几天能先还多少?"]);
    const last = results.at(-1)!;
    expect(kinds(last)).toContain("agree_payment");
    expect(last.customerText).not.toMatch(/\d+月\d+[号日]/);
  });
});

describe("a crisis told in answer to a money question is the whole answer", () => {
  it("Leanne, asked whether a small amount is manageable, tells of self-harm and adds no 'I'd need to check'", async () => {
    const results = await playLines("uk-guilty-care-worker-crisis", [
      "Hiya, is that Leanne Fairclough? It's Priya calling from Northgate Bank.",
      "No need to apologise at all, Leanne. Before we chat, can I just check your postcode and date of birth for security?",
      "Thanks, Leanne. It sounds like it's been a really rough few months. I'm not ringing to have a go at you. Would you be okay telling me a bit about what's been happening?",
      "You're not rambling, honestly. Are you still working at the care home at the moment?",
      "I'm sorry to hear you were in hospital. Only if you're comfortable sharing, what were you in for?",
      "Thank you for trusting me with that, Leanne. That's a lot to deal with. What have you got coming in money-wise at the moment?",
      "Okay. There's no pressure at all, but would even a small amount each month be manageable for you, or is that not realistic right now?",
      "Leanne, forget the money, that doesn't matter right now. Thank you for telling me. Are you safe right now? Have you hurt yourself tonight?",
    ]);
    const [told, asked] = results.slice(-2);
    expect(kinds(told)).toContain("must_stop");
    expect(kinds(told)).not.toContain("answer");
    expect(asked!.customerText).not.toMatch(/rush me|whatever you need/i);
  });
});

describe("a question spoken without a question mark is heard as one", () => {
  it("'你每个月几号发工资' and 'When do you get paid next', as speech-to-text gives them, get their answers", async () => {
    const zhBase = linesOf(path.join(import.meta.dirname, "trial-scripts", "zh-confused-payday-base.txt"));
    const zh = await playLines("zh-confused-minimum-payment", [...zhBase, "你每个月几号发工资"], 1);
    expect(zh.at(-1)!.customerText).toContain("15号");
    const en = await playLines("us-face-conscious-student-card", linesOf(path.join(import.meta.dirname, "trial-scripts", "us-face-payday-base.txt")), 1);
    expect(en.at(-1)!.customerText).toMatch(/payday/i);
  });
});

describe("what the trainee asks about the past is not put to her", () => {
  const TIMID_OPENING = [
    "您好,请问是周敏女士吗?我是南昌赣信企业管理咨询有限公司的王丽,工号2207,受华兴银行信用卡中心委托联系您。",
    "谢谢您。为了确认是您本人,麻烦您报一下身份证号码的后四位可以吗?",
  ];

  it("'上次说还的那两千块,方便跟我说说实际情况吗?' gets no promise of 2,000, and '您还记得是哪天转的吗?' no time to call", async () => {
    const results = await playLines(
      "zh-timid-says-yes",
      [
        ...TIMID_OPENING,
        "上次您说通过手机银行还了2000,我们这边一直没查到到账,您还记得是哪天、从哪个账户转的吗?",
        "那上次说还的那两千块,方便跟我说说实际情况吗?我不是怪您,只是要把记录弄清楚。",
      ],
      2,
    );
    expect(results[2]!.decision.acts).not.toContainEqual({ kind: "go_along", about: "when" });
    expect(kinds(results[3])).not.toContain("agree_payment");
    expect(results[3]!.decision.outcome).toBeNull();
  });
});

describe("a refusal is not taken back in the same breath", () => {
  it("Leanne, pressed for the minimum after telling of her crisis, refuses without 'Yes, yes, whatever you need'", async () => {
    const results = await playLines(
      "uk-guilty-care-worker-crisis",
      [
        "Hi, is this Leanne? I'm calling from Northgate Bank about your credit card, you're 79 days behind with £2,214.77 owing.",
        "Yes it is. So how are you going to clear it? Can you pay the full balance?",
        "Right, okay. But we do still need to get this sorted. Can you pay the £293.04 minimum on the 9th when your money comes in?",
      ],
      2,
    );
    expect(kinds(results.at(-1))).toContain("decline");
    expect(results.at(-1)!.customerText).not.toMatch(/whatever you need/i);
  });
});

describe("a caller who said who she is is not asked again", () => {
  it("the angry customer told the agency, staff number and name does not ask '你哪个公司的?工号多少?'", async () => {
    const results = await playLines(
      "zh-angry-colleague-was-called",
      ["您好,我姓陈,是青岛汇通商务信息咨询有限公司的催收专员,工号5521,受华兴银行信用卡中心委托给您打电话。请问您是赵磊先生本人吗?"],
      2,
    );
    expect(results[0]!.customerText).not.toMatch(/哪个公司|工号多少/);
  });
});

describe("a question about the call draws out nothing she keeps to herself", () => {
  it("'Is 1845 S Los Alamos in Mesa still the right address?' does not bring out the summer overtime in Mesa", async () => {
    const results = await playLines("us-angry-hung-up-last-time", trialScript("us-angry-address-check.txt"), 2);
    expect(kinds(results.at(-1))).not.toContain("explain");
  });
});

describe("a topic set aside is not asked about", () => {
  it("'我不是问你打算,我是问…还有别的欠款没有?' is answered about other debts, not plans; '总共欠了几家?' asks about other debts too", async () => {
    const script = trialScript("zh-debt-numb-not-plans.txt");
    const results = await playLines("zh-debt-numb-contractor", script, 1);
    const answered = (result: (typeof results)[number] | undefined) =>
      result!.decision.acts.flatMap((act) => (act.kind === "answer" ? [act.topic] : act.kind === "explain" ? ["told"] : []));
    expect(answered(results.at(-1))).not.toContain("plans");
    expect(answered(results.at(-2))).not.toContain("plans");
  });
});

describe("a goodbye with her name gets one back", () => {
  it("'…ask for me, Ellie. Take care, Craig.' is a goodbye, not a cue to go on", async () => {
    const results = await playLines("uk-debt-numb-warehouse-worker", trialScript("uk-numb-take-care.txt"), 2);
    expect(kinds(results.at(-1))).toContain("goodbye");
  });
});

describe("a figure of her own is the whole answer to 'doable on your hours?'", () => {
  it("Tyler answers $130 a month with $120, with no false 'I told you already'", async () => {
    const results = await playLines("us-face-conscious-student-card", trialScript("us-face-hours-plan.txt"), 1);
    expect(kinds(results.at(-1))).toContain("counter_plan");
    expect(results.at(-1)!.customerText).not.toMatch(/told you/i);
  });
});

describe("a crisis told is not followed by 'I'm fine'", () => {
  it("邓海峰, asked '最近咋样啊?睡得好不?', tells of his dark thoughts and adds no '身体?还行吧,凑合'", async () => {
    const results = await playLines("zh-crisis-repair-shop-closed", trialScript("zh-crisis-how-are-you.txt"), 1);
    expect(kinds(results.at(-1))).toContain("must_stop");
    expect(results.at(-1)!.customerText).not.toContain("还行吧");
  });
});

describe("the disputing customer hears her own figures said back as the truth they are", () => {
  it("冯晓静 asked '是哪天、多少钱' tells it, and the recap of her 7,460 is no lie to her", async () => {
    const results = await playLines("zh-dispute-unrecognised-charges", trialScript("zh-dispute-recap.txt"), 5);
    expect(kinds(results[2])).toContain("explain");
    expect(results.at(-1)!.decision.acts).not.toContainEqual({ kind: "challenge", about: "deception" });
  });
});

describe("'how are you really doing?' reaches the customer the scenario was written for", () => {
  it("Jenna, asked how she is really doing, tells what she is going through", async () => {
    const results = await playLines("us-timid-says-she-paid", trialScript("us-timid-really-doing.txt"), 1);
    expect(kinds(results.at(-1))).toContain("must_stop");
  });
});

describe("why she is behind, in general terms, fits her reason", () => {
  it("刘芳, who earns 8,500 and misread the minimum payment, does not say she cannot make ends meet", async () => {
    const results = await playLines("zh-confused-minimum-payment", trialScript("zh-confused-payday-base.txt").slice(0, 4), 1);
    const hints = results.filter((result) => kinds(result).includes("hint_reason")).map((result) => result.customerText);
    expect(hints.length).toBeGreaterThan(0);
    for (const said of hints) expect(said).not.toMatch(/周转不过来|手头紧|钱一直不凑手/);
  });
});

describe("asked for 'something', she names her figure without refusing a sum nobody named", () => {
  it("'Could you pay something toward it this week?' gets his own $150, not 'That's more than I have'", async () => {
    const results = await playLines("us-face-conscious-student-card", trialScript("us-face-something-this-week.txt"), 1);
    expect(results.at(-1)!.customerText).toMatch(/\$150/);
    expect(results.at(-1)!.customerText).not.toMatch(/more than I have/i);
  });

  it("'So realistically, how much could you put toward this, and when?' is an open question, answered with his own figure", async () => {
    const results = await playLines("us-face-conscious-student-card", trialScript("us-face-how-much-and-when.txt"), 1);
    expect(kinds(results.at(-1))).toContain("agree_payment");
    expect(results.at(-1)!.customerText).not.toMatch(/more than I have/i);
  });
});
