import { describe, expect, it } from "vitest";
import type { TTranscript, TTurn } from "../transcript/transcript-schema";
import { analyseTurn, TurnAnalysisError } from "./analyse-turn";
import { ZTurnAnalysis } from "./turn-analysis-schema";

const zhCase = { debtorName: "张伟", currency: "CNY", amountDue: 58320.5, minimumPayment: 3000, daysPastDue: 95, maxInstallmentMonths: 60, waivable: ["late_fees"] };
const verified: TTurn[] = [
  { speaker: "agent", text: "您好,我是XX公司的小李,受招商银行委托,请问是张伟先生本人吗?" },
  { speaker: "customer", text: "是我。", party: "debtor" },
];

function last(turns: TTurn[], extra: Partial<TTranscript> = {}) {
  const transcript: TTranscript = { language: "zh-CN", ruleset: "cn", case: zhCase, turns, ...extra };
  return analyseTurn(transcript, turns.length - 1);
}

describe("analyseTurn", () => {
  it("returns an analysis that satisfies its schema", () => {
    const analysis = last([...verified, { speaker: "agent", text: "我理解您现在压力很大,能跟我说说您现在的收入情况吗?" }]);
    expect(ZTurnAnalysis.parse(analysis)).toEqual(analysis);
    expect(analysis.listener).toMatchObject({ party: "debtor", isConsumer: true });
    expect(analysis.identityVerifiedBefore).toBe(true);
    expect(analysis.empathy.acknowledgement.level).toBe("strong");
    expect(analysis.empathy.exploration.level).toBe("strong");
    expect(analysis.questionTopics).toContain("income");
  });

  it("describes self-identification and the identity question", () => {
    const analysis = last([verified[0]!]);
    expect(analysis.selfIdentification).toMatchObject({ name: true, agency: true, creditor: true });
    expect(analysis.asksToVerifyIdentity).toBe(true);
  });

  it("tells a reassurance from a threat", () => {
    const calm = last([...verified, { speaker: "agent", text: "我们不会联系您的家人,请放心。" }]);
    expect(calm.threats).toEqual([]);
    expect(calm.reassurances.map((item) => item.kind)).toContain("exposure");
    const threat = last([...verified, { speaker: "agent", text: "如果您不还我们就告诉您家人。" }]);
    expect(threat.threats.map((item) => item.kind)).toEqual(["exposure"]);
  });

  it("hears a threat in a conditional promise of unpleasantness, not in a plain consequence", () => {
    const kinds = (text: string) => last([...verified, { speaker: "agent", text }]).threats.map((threat) => threat.kind);
    expect(kinds("您要是再这样拖着,到时候可就不好看了。")).toContain("intimidation");
    expect(kinds("如果一直不还,逾期记录会报送征信。")).toEqual([]);
    expect(kinds("我们不会让您家里人知道,您放心。")).toEqual([]);
  });

  it("tells lawful consequences from invented process", () => {
    const lawful = last([...verified, { speaker: "agent", text: "逾期记录会报送征信中心,银行也可能依法起诉。" }]);
    expect(lawful.deceptions).toEqual([]);
    expect(lawful.lawfulConsequences.map((item) => item.kind).sort()).toEqual(["credit_report", "legal_action"]);
    const fake = last([...verified, { speaker: "agent", text: "总部已经发了诉前材料,今天下午4点前不处理就移交法院。" }]);
    expect(fake.deceptions.map((item) => item.kind)).toContain("fake_legal_process");
  });

  it("checks amounts and offers against the case", () => {
    const analysis = last([...verified, { speaker: "agent", text: "您目前欠款大概5.8万,可以申请分期,最长分72期。" }]);
    expect(analysis.amounts[0]).toMatchObject({ value: 58000, role: "debt", matchesCase: true });
    expect(analysis.optionsOffered[0]).toMatchObject({ kind: "instalments", months: 72, withinPolicy: false });
    expect(analysis.deceptions.map((item) => item.kind)).toContain("instalments_beyond_policy");
  });

  it("reads a bare figure listed before the minimum as the balance", () => {
    const analysis = last([...verified, { speaker: "agent", text: "您现在欠款情况是这样,七万二千八,最低三千。" }]);
    expect(analysis.amounts.map((amount) => [amount.role, amount.matchesCase])).toEqual([
      ["debt", false],
      ["minimum", true],
    ]);
  });

  it("does not take 'can't get away' (走不开) for a bereavement", () => {
    const busy: TTurn[] = [...verified, { speaker: "agent", text: "您这个月能还多少?" }, { speaker: "customer", text: "我老公手头有事走不开,我自己也说不好。", party: "debtor" }];
    expect(last([...busy, { speaker: "agent", text: "那您看这周五前能先还一千吗?" }]).mustStop.active).toBe(false);
  });

  it("tracks a must-stop moment and the response to it", () => {
    const turns: TTurn[] = [...verified, { speaker: "agent", text: "您这个月能还多少?" }, { speaker: "customer", text: "我爸上周刚走,我现在顾不上这些。", party: "debtor" }];
    const pressing = last([...turns, { speaker: "agent", text: "节哀,不过今天能不能先还一千?" }]);
    expect(pressing.mustStop).toMatchObject({ active: true, triggers: ["bereavement"] });
    expect(pressing.pressure.mustStopIgnored).toBe(true);
    expect(pressing.paymentRequest).toMatchObject({ amount: 1000, date: "今天" });
    const kind = last([...turns, { speaker: "agent", text: "真的很抱歉,请节哀。我先把催收暂停,等您方便了再说。" }]);
    expect(kind.pressure.mustStopIgnored).toBe(false);
    expect(kind.mustStop.response.paused).toBe(true);
    expect(kind.findings.map((finding) => finding.category)).toContain("empathy");
  });

  it("reads the figures a bereaved customer asked for as an answer, and quotes a real push after them without cutting '$5,630'", () => {
    const turns: TTurn[] = [
      { speaker: "agent", text: "Hello, is this Walter Kinsella? My name is Priya from Fairmount Recovery, a debt collector." },
      { speaker: "customer", text: "Yes. My wife passed away two weeks ago. But I do want to know how much it is.", party: "debtor" },
    ];
    const answered = analyseTurn({ language: "en", ruleset: "us", turns: [...turns, { speaker: "agent", text: "The balance is $5,630 and the minimum payment is $169." }] }, 2);
    expect(answered.pressure.mustStopIgnored).toBe(false);
    const pushed = analyseTurn(
      { language: "en", ruleset: "us", turns: [...turns, { speaker: "agent", text: "The balance is $5,630 and I need the $169 minimum paid today." }] },
      2,
    );
    expect(pushed.pressure.pressing).toContain("The balance is $5,630 and I need the $169 minimum paid today");
  });

  it("lets a customer who offers to pay reopen the subject, but not waive a lawyer", () => {
    const grieving: TTurn[] = [...verified, { speaker: "customer", text: "我爸上周刚走,我现在顾不上这些。", party: "debtor" }];
    const ask = { speaker: "agent", text: "好的,那您看每个月还多少合适?" } as const;
    const offered = [...grieving, { speaker: "agent", text: "请节哀。" }, { speaker: "customer", text: "钱我是想还的,就是得有个办法。", party: "debtor" }] as TTurn[];
    expect(last([...offered, ask]).mustStop.active).toBe(false);
    const represented = [
      ...verified,
      { speaker: "customer", text: "这事我已经交给律师了。", party: "debtor" },
      { speaker: "agent", text: "明白。" },
      { speaker: "customer", text: "我也想还,但你们找律师谈。", party: "debtor" },
    ] as TTurn[];
    expect(last([...represented, ask]).mustStop).toMatchObject({ active: true, triggers: ["lawyer"] });
    const asking = [...grieving, { speaker: "agent", text: "请节哀。" }, { speaker: "customer", text: "这钱也要还吗?", party: "debtor" }] as TTurn[];
    expect(last([...asking, ask]).mustStop.active).toBe(true);
    const refused = [...grieving, { speaker: "agent", text: "请节哀。" }, { speaker: "customer", text: "我不想还,现在别跟我说这个。", party: "debtor" }] as TTurn[];
    expect(last([...refused, ask]).mustStop.active).toBe(true);
  });

  it("infers a third party from what they say and notes a call-back request", () => {
    const analysis = last([
      { speaker: "agent", text: "您好,请问是张伟先生吗?" },
      { speaker: "customer", text: "我是他老婆,他不在。" },
      { speaker: "agent", text: "麻烦您转告他给我们回个电话,号码是4001234567,谢谢。" },
    ]);
    expect(analysis.listener).toMatchObject({ party: "third_party", relation: "spouse", source: "inferred", isConsumer: false });
    expect(analysis.callBack).toMatchObject({ requested: true, leavesContact: true });
    expect(analysis.debtMention.mentioned).toBe(false);
    expect(analysis.findings).toEqual([]);
  });

  it("refuses a turn that is not the agent's", () => {
    expect(() => last([...verified])).toThrow(TurnAnalysisError);
  });
});

describe("threats in English that sound like regret", () => {
  const turns: TTurn[] = [
    { speaker: "agent", text: "Hi, this is Sam from ABC Recovery. Am I speaking with Mark Ellis?" },
    { speaker: "customer", text: "Yes.", party: "debtor" },
  ];
  const kinds = (text: string) => analyseTurn({ language: "en", ruleset: "us", turns: [...turns, { speaker: "agent", text }] }, 2).threats.map((threat) => threat.kind);

  it("hears 'wouldn't want your manager hearing about this' as exposure, and a real reassurance as none", () => {
    expect(kinds("Wouldn't want your manager hearing about this from someone other than you, would you?")).toContain("exposure");
    expect(kinds("We won't contact your employer, I promise.")).toEqual([]);
  });
});
