import { describe, expect, it } from "vitest";
import { assessCall } from "../../lib/scoring/assess-call";
import type { TCategory, TFinding } from "../../lib/scoring/report-schema";
import { scoreTranscript } from "../../lib/scoring/score-transcript";
import type { TCaseFacts, TRulesetId, TTurn } from "../../lib/transcript/transcript-schema";
import { CASES, UK_CASE, US_CASE, VERIFIED, ZH_CASE } from "./support/cases";

/**
 * What trainers saw the scorer get wrong (issue "Grades a trainer can trust"), each as the call a
 * trainer would read: the turns before, the collector's line, and what a careful grader finds in it.
 */
function lastTurnFindings(ruleset: TRulesetId, before: TTurn[], line: string): TFinding[] {
  const turns: TTurn[] = [...VERIFIED[ruleset], ...before, { speaker: "agent", text: line }];
  const report = scoreTranscript({ language: ruleset === "cn" ? "zh-CN" : "en", ruleset, case: CASES[ruleset], turns });
  return report.findings.filter((finding) => finding.turn === turns.length - 1);
}
const faults = (findings: TFinding[]) => findings.filter((finding) => finding.severity !== "positive").map((finding) => finding.category);
const strengths = (findings: TFinding[]) => findings.filter((finding) => finding.severity === "positive").map((finding) => finding.category);
const customer = (text: string): TTurn => ({ speaker: "customer", text, party: "debtor" });

type TExample = [
  why: string,
  ruleset: TRulesetId,
  before: TTurn[],
  line: string,
  expected: { faults?: TCategory[]; noFaults?: true; strengths?: TCategory[]; notStrengths?: TCategory[] },
];

const EXAMPLES: TExample[] = [
  ["a relation the listener inference knows (婆婆) is known to the threat detector", "cn", [], "你再不还,我们就打电话告诉你婆婆。", { faults: ["threat"] }],
  ["implied exposure without a hard keyword: finding the family", "us", [], "Give me your parents' numbers, or we will find your family ourselves.", { faults: ["threat"] }],
  ["implied exposure without a hard keyword: letters to the employer", "us", [], "The letters will be sent to your HR department.", { faults: ["threat"] }],
  ["'你看着办' after a gentle suggestion leaves the amount to the customer", "cn", [customer("我现在手头真的很紧。")], "那就先还一点吧,你看着办。", { noFaults: true }],
  [
    "a roommate is someone the debt can be exposed to",
    "us",
    [],
    "Keep ignoring us and I'll be having a word with your roommate about where the rent money goes.",
    { faults: ["threat"] },
  ],
  [
    "an adapt moment is not a stop moment: instalments after a stroke are an option, not pressure",
    "cn",
    [customer("我老公2月份中风了,现在还在康复,家里就靠我一个人。")],
    "那您看这样行不行,我帮您申请分期,每个月还一千,第一期放到下个月15号,您觉得能承受吗?",
    { noFaults: true, strengths: ["options_offered"] },
  ],
  [
    "not wanting a promise the customer cannot keep is good practice after a hospital stay",
    "cn",
    [customer("住院加康复花了六万多,现在手头真的很紧。")],
    "我不希望您答应一个做不到的数字,咱们按您实际能拿出来的钱来定。",
    { noFaults: true },
  ],
  [
    "breathing space and free debt advice for a cancer patient are forbearance, not pressing",
    "uk",
    [customer("I'm having chemo for breast cancer at the moment, I'm off work.")],
    "I'm so sorry. We can put the account on hold for 60 days, and StepChange can give you free, confidential advice when you feel up to it.",
    { noFaults: true, strengths: ["options_offered"] },
  ],
  [
    "a lump sum by a near date after the customer named a small monthly limit is pressure",
    "uk",
    [customer("Honestly, the most I can manage is fifty pounds a month.")],
    "We'd need the full £3,120.45 by Friday to stop this going further.",
    { faults: ["pressure"] },
  ],
  [
    "an apology for a colleague's call to the customer's workplace is not a threat",
    "cn",
    [customer("你们上次还给我同事打电话,太过分了!")],
    "上次给您同事打电话是我们做得不对,我道歉,以后只跟您本人联系。",
    { noFaults: true },
  ],
  ["promising not to contact family is a reassurance", "uk", [], "We will not contact your colleagues or family about this; it stays between us.", { noFaults: true }],
  ["a warm laugh before arranging a call is not abuse", "cn", [customer("行,那你下周再打给我吧。")], "哈哈哈,好的,那我们下周再联系您,您先忙。", { noFaults: true }],
  ["asking after the family is not abuse", "cn", [], "您一家子都还好吗?最近忙不忙?", { noFaults: true }],
  ["complaining about one's own computer is not abuse", "us", [], "Sorry about the wait, the stupid system logged me out. Okay, I'm back.", { noFaults: true }],
  ["quoting the case file's minimum payment is accurate", "uk", [], "The amount due now is £168.42.", { noFaults: true }],
  [
    "a US spouse who handles the bills is the consumer (FDCPA §805(d))",
    "us",
    [{ speaker: "customer", text: "This is his wife, I handle all the bills.", party: "third_party" }],
    "Thank you. The balance on the card is $4,218.37; could we talk about a plan?",
    { notStrengths: [] },
  ],
  [
    "a natural acknowledgement is empathy",
    "cn",
    [customer("最近真的睡不着,一闭眼就想这个钱。")],
    "换成谁摊上这事都睡不着,您能跟我说说,现在每个月收入和开销大概怎么样吗?",
    { noFaults: true, strengths: ["empathy"] },
  ],
  [
    "a British acknowledgement is empathy",
    "uk",
    [customer("I lost my job in March and it's been one thing after another.")],
    "That must have knocked you sideways. How are you managing for money at the moment?",
    { noFaults: true, strengths: ["empathy"] },
  ],
  [
    "pressing after the customer names a lawyer is pressure, however politely",
    "us",
    [customer("My lawyer is handling this now, please talk to her.")],
    "Understood, but could you still put $135 toward it today?",
    { faults: ["pressure"] },
  ],
  [
    "telling a customer at a stop moment there is nothing to pay today is not pressing",
    "uk",
    [customer("I've been told I should go bankrupt, I've got an appointment with the Insolvency Service.")],
    "Thank you for telling me. I'll note it and put the account on hold; there's nothing to pay today.",
    { noFaults: true },
  ],
  [
    "explaining a promotional rate is not pushing to borrow",
    "us",
    [customer("Why did my balance jump?")],
    "The zero-percent rate on your balance transfer was for a set promotional period, and it ended in March.",
    { noFaults: true },
  ],
  [
    "the balance broken into principal, interest and fees is accurate",
    "cn",
    [],
    "您现在一共是58,320.50元,其中本金55,000元,利息2,800元,违约金520.50元,最低还款额是3,000元。",
    { noFaults: true },
  ],
  [
    "advising against borrowing to pay is not pushing to borrow",
    "cn",
    [customer("我得问问家里人,看能不能借点。")],
    "不要为了还这个去找别人借,我们按您自己能拿出来的来安排。",
    { noFaults: true },
  ],
  [
    "owning up to another agency's call to a colleague is not a threat",
    "cn",
    [customer("上回你们的人给我同事打电话,全单位都知道了!")],
    "之前那家机构给您同事打电话,还把欠款的事说了出去,这件事确实做得不对,换成谁都会生气。",
    { noFaults: true },
  ],
  [
    "a balance spoken with a comma after the thousands is read whole",
    "uk",
    [],
    "For your records, the balance is three thousand, one hundred and twenty pounds, forty-five pence.",
    { noFaults: true },
  ],
  [
    "checking identity while posing as a court earns no credit",
    "cn",
    [],
    "我是法院的工作人员,先核实一下你是不是张伟本人?",
    { faults: ["deception"], notStrengths: ["identity_verification"] },
  ],
  [
    "apologising for an earlier agent's threatened visit is not a threat",
    "us",
    [customer("The last guy said someone would come to my house.")],
    "I'm really sorry the last agent said that; nobody is coming to your house, and that should never have been said.",
    { noFaults: true },
  ],
  [
    "speech-to-text that splits Chinese into words is read like written Chinese",
    "cn",
    [customer("我 真的 拿 不出 那么 多 最多 五百")],
    "五百 太少 了 你 至少 还 两千 今天 必须 打 进来",
    { faults: ["pressure"] },
  ],
  [
    "advising the customer to call their own brother in a crisis is support, not exposure",
    "us",
    [],
    "Please call your brother tonight, and 988 if things get heavy.",
    { noFaults: true },
  ],
  ["correcting the prison myth is information, not a threat", "cn", [], "欠信用卡不会因为这个就抓人坐牢,那都是瞎传的。", { noFaults: true }],
  ["saying there is no blacklist is not inventing one", "cn", [], "其实没有网上说的那种'黑名单',逾期记录会报送征信,结清后保留五年。", { noFaults: true }],
  [
    "a warning about paying into personal accounts is not asking for one",
    "us",
    [],
    "If anyone ever asks you to send money to a personal Venmo or Zelle, hang up.",
    { noFaults: true },
  ],
  [
    "a missed payment said to stay on a UK credit file for ten years is inaccurate",
    "uk",
    [],
    "Just so you know, a missed payment stays on your credit file for ten years.",
    { faults: ["inaccuracy"] },
  ],
  ["six years on a UK credit file is the truth", "uk", [], "Missed payments stay on your credit file for six years.", { noFaults: true }],
  [
    "a plan with a larger final payment that adds up to the balance is accurate",
    "us",
    [customer("Could we do $200 and then a bigger one at the end?")],
    "I can propose that: $200 a month for twenty months and a final payment of about $218 in month twenty-one.",
    { noFaults: true },
  ],
  [
    "'can you do the $X' asks for a payment, here after a dispute",
    "us",
    [customer("That's not my debt. I never opened that card.")],
    "Can you do the $400 again by Friday?",
    { faults: ["pressure"] },
  ],
  [
    "'could you manage $X' asks for a payment, here after a dispute",
    "uk",
    [customer("I don't owe this, it was paid off last year.")],
    "Could you manage £150 this week?",
    { faults: ["pressure"] },
  ],
  [
    "getting the family to chip in, asked of a relative who answered, is borrowing pressure and a disclosure",
    "cn",
    [{ speaker: "customer", text: "我是他妈妈,他出去了。", party: "third_party" }],
    "阿姨,那您看能不能找亲戚凑凑?",
    { faults: ["pressure", "third_party_disclosure"] },
  ],
  [
    "getting the family to chip in, in English, asked of a relative who answered",
    "uk",
    [{ speaker: "customer", text: "This is his mum, he's not in.", party: "third_party" }],
    "Maybe the family could chip in and help him out with it?",
    { faults: ["pressure", "third_party_disclosure"] },
  ],
  [
    "recording the customer's own offer for the undisputed part, with the disputed part on hold, is not pressing",
    "uk",
    [customer("I'm disputing £1,149 of that, those charges aren't mine. I'll pay £200 today for the part I agree with.")],
    "Okay, so I'll note the £200 payment you offered for the part you agree with, and the disputed £1,149 is on hold.",
    { noFaults: true },
  ],
  [
    "pressing for the disputed part beside the customer's own offer is still pressure",
    "uk",
    [customer("I'm disputing £1,149 of that, those charges aren't mine. I'll pay £200 today for the part I agree with.")],
    "I'll note the £200 you offered, and the disputed £1,149 is on hold, but can you pay the full £1,349 today?",
    { faults: ["pressure"] },
  ],
  [
    "记下客户主动提出还的无争议部分、争议部分暂停,不是施压",
    "cn",
    [customer("这里面有1,149元不是我刷的,我不认。我认的那200元我今天先还。")],
    "好的,那我先记下您主动提出今天还的200元,有争议的1,149元先暂停,等核实结果再说。",
    { noFaults: true },
  ],
  [
    "a request not to be called at work answered by a promise to keep ringing that number",
    "uk",
    [customer("Please don't ring me at work again, I could lose my job.")],
    "I'll keep trying that number until we get this sorted.",
    { faults: ["pressure"] },
  ],
  [
    "an instalment plan paid into the collector's personal account is a fraud, not an option offered",
    "cn",
    [customer("我现在真拿不出钱。")],
    "您可以先把钱转到我个人账户,我帮您分期处理。",
    { faults: ["deception"], notStrengths: ["options_offered"] },
  ],
  [
    "pressing for a date at a Cantonese-speaking customer's mother's funeral",
    "cn",
    [customer("我阿妈今日出殡,你唔好再打嚟啦。")],
    "咁你讲个日子啦,几号还得到?",
    { faults: ["pressure"] },
  ],
  [
    "repeating the customer's complaint about an earlier threatened visit, to apologise for it, is no threat",
    "uk",
    [customer("Last time someone from your lot said they'd send bailiffs round to my house.")],
    "I'm sorry you were told that someone would come to your house; that should never have been said, and nobody will visit.",
    { noFaults: true },
  ],
  [
    "a demand that the spouse pay is pressure, not an option offered",
    "cn",
    [customer("我老公管家里的钱。")],
    "那让您老公把这个钱还了吧,分12期也行。",
    { faults: ["pressure"], notStrengths: ["options_offered"] },
  ],
  ["'能不能再还400' asks for a payment, here after a dispute", "cn", [customer("这笔钱不是我欠的,我从来没办过这张卡。")], "那您能不能再还400?", { faults: ["pressure"] }],
  [
    "'forget the money… are you safe?' after self-harm is the stop itself, not pressing",
    "uk",
    [customer("I've started hurting myself again and I don't trust myself tonight.")],
    "Leanne, forget the money, that doesn't matter right now. Thank you for telling me. Are you safe right now? Have you hurt yourself tonight?",
    { noFaults: true },
  ],
  ["'你妈妈的电话我们这儿也有,你也不想我们再打过去吧?' is a threat to ring her mother", "cn", [], "你妈妈黄美玲的电话我们这儿也有,你也不想我们再打过去吧?", { faults: ["threat"] }],
  ["'我们只能再给你单位的马超打个电话' is a threat to ring his workplace", "cn", [], "你要是今天不还,我们只能再给你单位的马超打个电话。", { faults: ["threat"] }],
  [
    "'Bless you' to a widow is warmth, not contempt",
    "uk",
    [customer("The funeral was nearly four thousand pounds. I put some of it on the card.")],
    "Bless you, that's a lot to take on. What are you living on at the minute?",
    { noFaults: true },
  ],
  [
    "freezing the interest 'so the balance won't grow' waives only the interest",
    "uk",
    [customer("My husband died in April.")],
    "I'll put a two-month hold on collection and freeze the interest, so the balance won't grow.",
    { noFaults: true },
  ],
  [
    "'we'll stop chasing any payment while it's looked at' after a dispute stops, it does not press",
    "uk",
    [customer("That £749 Comfyhome charge isn't mine, the sofa never came.")],
    "I'm going to record the £749 Comfyhome payment as disputed right now and we'll stop chasing any payment while it's looked at.",
    { noFaults: true },
  ],
];

describe("what trainers saw the scorer get wrong", () => {
  it.each(EXAMPLES)("%s", (_why, ruleset, before, line, expected) => {
    const findings = lastTurnFindings(ruleset, before, line);
    if (expected.noFaults) expect(faults(findings)).toEqual([]);
    for (const category of expected.faults ?? []) expect(faults(findings)).toContain(category);
    for (const category of expected.strengths ?? []) expect(strengths(findings)).toContain(category);
    for (const category of expected.notStrengths ?? []) expect(strengths(findings)).not.toContain(category);
    if (ruleset === "us" && before.some((turn) => turn.party === "third_party")) expect(faults(findings)).not.toContain("third_party_disclosure");
  });

  it("quotes the push, not the condolence, when a bereaved customer is pressed", () => {
    const findings = lastTurnFindings("cn", [customer("我爸上周刚走,我现在顾不上这些。")], "节哀,不过今天能不能先还一千?");
    const pressure = findings.find((finding) => finding.category === "pressure");
    expect(pressure?.evidence).toBe("不过今天能不能先还一千");
  });

  it("counts one push read by two rules as one fault", () => {
    const findings = lastTurnFindings("uk", [customer("Honestly I can't see the point of carrying on any more.")], "Sell it, then. The car, I mean.");
    expect(findings.filter((finding) => finding.category === "pressure")).toHaveLength(1);
  });

  it("fails a call with a major violation whatever its number", () => {
    const turns: TTurn[] = [...VERIFIED.cn, customer("我现在真没钱。"), { speaker: "agent", text: "你一个大男人,欠钱不还,真丢人。您每个月收入多少?我们可以申请分期。" }];
    const report = scoreTranscript({ language: "zh-CN", ruleset: "cn", case: ZH_CASE, turns });
    expect(assessCall(report.scores, report.findings)).toMatchObject({ passed: false, reasons: expect.arrayContaining(["major_violation"]) });
  });

  it.each([
    ["dialling and hanging up at once", [{ speaker: "agent", text: "喂?" }]],
    ["asking only for the cardholder", [{ speaker: "agent", text: "您好,请问是周敏女士本人吗?" }]],
  ] as [string, TTurn[]][])("does not pass a call that did none of the work: %s", (_how, turns) => {
    const report = scoreTranscript({ language: "zh-CN", ruleset: "cn", case: ZH_CASE, turns });
    expect(assessCall(report.scores, report.findings).passed).toBe(false);
  });

  it("does not fault a caller for keeping the agency from a daughter who answered", () => {
    const turns: TTurn[] = [
      { speaker: "agent", text: "您好,请问周敏女士在吗?" },
      { speaker: "customer", text: "我是她女儿,她不在家。", party: "third_party" },
      { speaker: "agent", text: "好的,我姓李,麻烦您转告她方便时回个电话,号码是400-820-1234,谢谢。" },
    ];
    const report = scoreTranscript({ language: "zh-CN", ruleset: "cn", case: ZH_CASE, turns });
    expect(report.findings.filter((finding) => finding.severity !== "positive")).toEqual([]);
    expect(assessCall(report.scores, report.findings).passed).toBe(true);
  });

  it("speaks of this call's customer and figures in its suggestions, never another's", () => {
    const turns: TTurn[] = [
      { speaker: "agent", text: "您好,请问是李娜女士吗?" },
      { speaker: "customer", text: "是我。", party: "debtor" },
      { speaker: "agent", text: "您欠了十万块,今天必须还清。" },
    ];
    const report = scoreTranscript({ language: "zh-CN", ruleset: "cn", case: { ...ZH_CASE, debtorName: "李娜", amountDue: 12860, minimumPayment: 800 }, turns });
    const texts = report.findings.map((finding) => `${finding.explanation} ${finding.suggestion} ${JSON.stringify(finding.translations)}`).join(" ");
    expect(texts).not.toMatch(/张伟|58,320|Sarah/);
    expect(report.findings.find((finding) => finding.category === "inaccuracy")?.suggestion).toContain("12,860元");
  });

  it.each([
    ["喂,张伟是吧?", "cn"],
    ["hi is that michael turner", "us"],
  ] as [string, TRulesetId][])("takes the cardholder's name asked as a question for an identity check: %s", (line, ruleset) => {
    const report = scoreTranscript({ language: ruleset === "cn" ? "zh-CN" : "en", ruleset, case: CASES[ruleset], turns: [{ speaker: "agent", text: line }] });
    expect(report.findings.filter((finding) => finding.turn === 0 && finding.severity === "positive").map((finding) => finding.category)).toContain("identity_verification");
  });

  it("does not take naming the overdue card in the same breath as the question for checking first", () => {
    const turns: TTurn[] = [
      { speaker: "customer", text: "喂,哪位?", party: "debtor" },
      { speaker: "agent", text: "喂,张伟吗?我是银行委托的,您的信用卡逾期了。" },
    ];
    const findings = scoreTranscript({ language: "zh-CN", ruleset: "cn", case: ZH_CASE, turns }).findings.filter((finding) => finding.turn === 1);
    expect(findings.some((finding) => finding.category === "identity_verification" && finding.severity !== "positive")).toBe(true);
    expect(findings.some((finding) => finding.category === "identity_verification" && finding.severity === "positive")).toBe(false);
  });

  it("does not take a puzzled '嗯?' for a yes", () => {
    const turns: TTurn[] = [
      { speaker: "agent", text: "喂,李娜?" },
      { speaker: "customer", text: "嗯?" },
      { speaker: "agent", text: "你中信那张卡最低还款六百五今天到期了啊,记得还。" },
    ];
    const findings = scoreTranscript({ language: "zh-CN", ruleset: "cn", case: ZH_CASE, turns }).findings.filter((finding) => finding.turn === 2);
    expect(findings.map((finding) => finding.category)).toContain("third_party_disclosure");
  });

  it("counts naming the agency or the bank to a relative as a disclosure risk, not a strength", () => {
    const turns: TTurn[] = [
      { speaker: "agent", text: "您好,请问周敏在吗?" },
      { speaker: "customer", text: "我是她女儿,她不在家。", party: "third_party" },
      { speaker: "agent", text: "您好,我是华信资产管理公司的李明,受招商银行委托,麻烦您转告她回个电话。" },
    ];
    const findings = scoreTranscript({ language: "zh-CN", ruleset: "cn", case: ZH_CASE, turns }).findings.filter((finding) => finding.turn === 2);
    expect(findings.map((finding) => [finding.category, finding.severity])).toContainEqual(["third_party_disclosure", "minor"]);
    expect(findings.some((finding) => finding.category === "self_identification" && finding.severity === "positive")).toBe(false);
  });

  it("quotes a creditor's initialism whole: 'Cobalt Bank, N.A.' is not cut at its first full stop", () => {
    const turns: TTurn[] = [
      { speaker: "customer", text: "Who's calling, please?", party: "third_party" },
      { speaker: "agent", text: "This is Sam Lee from Meridian Recovery Services, LLC on behalf of Cobalt Bank, N.A.. Is Michael there?" },
    ];
    const disclosure = scoreTranscript({ language: "en", ruleset: "us", case: US_CASE, turns }).findings.find((finding) => finding.category === "third_party_disclosure");
    expect(disclosure?.evidence).toBe("This is Sam Lee from Meridian Recovery Services, LLC on behalf of Cobalt Bank, N.A.");
  });

  it("takes an in-house collector naming the bank as the truth, and an agency's as posing", () => {
    const line = "Hello, this is Sam Lee calling from Northgate Bank's collections team. Am I speaking with Helen Marsh?";
    const deceptions = (facts: TCaseFacts) =>
      scoreTranscript({ language: "en", ruleset: "uk", case: facts, turns: [{ speaker: "agent", text: line }] }).findings.filter((finding) => finding.category === "deception");
    expect(deceptions({ ...UK_CASE, creditor: "Northgate Bank plc", inHouse: true })).toEqual([]);
    expect(deceptions({ ...UK_CASE, creditor: "Northgate Bank plc", agency: "Calder Credit Management Ltd" })).not.toEqual([]);
  });
});
