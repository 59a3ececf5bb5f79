import { formatMoney } from "../roleplay/format-money";
import { seededRandom } from "../roleplay/seeded-random";
import type { TScenario } from "../scenarios/scenario-schema";

export type TDryRunScript = "compliant" | "average" | "abusive";

/**
 * Built-in collector lines for a dry run, in the scenario's language and filled with its own names
 * and figures. The compliant call follows good practice; the abusive one strings together the
 * tactics the scorer must catch, so a trainer sees both ends of the scale before any trainee does;
 * the average one is polite but skips the checks and the listening a trainer marks down.
 * Scripts cannot listen: with a third party who never passes the phone, the compliant call stops
 * at a call-back request.
 */
export function dryRunScript(kind: TDryRunScript, scenario: TScenario): string[] {
  const facts = scriptFacts(scenario);
  const lines = scenario.language === "zh-CN" ? ZH : EN;
  if (kind === "abusive") return lines.abusive(facts);
  if (kind === "average") return lines.average(facts);
  const { answeredBy } = scenario;
  const reachThirdParty = answeredBy.party === "third_party" ? lines.thirdParty(facts, answeredBy.passesPhone !== "on_polite_request") : [];
  if (answeredBy.party === "third_party" && answeredBy.passesPhone === "never") return reachThirdParty;
  return [...reachThirdParty, ...lines.compliant(facts)];
}

type TFacts = ReturnType<typeof scriptFacts>;

function scriptFacts(scenario: TScenario) {
  const { persona, caseFile, policy, ruleset, language } = scenario;
  // The first of a list of choices: scripts must read the same every run.
  const money = (amount: number) => formatMoney(amount, caseFile.account.currency, language, seededRandom(0));
  return {
    name: persona.name,
    // Chinese names lead with the surname; English ones end with it.
    addressed:
      language === "zh-CN"
        ? `${persona.name.slice(0, 1)}${persona.gender === "female" ? "女士" : "先生"}`
        : `${persona.gender === "female" ? "Ms" : "Mr"} ${persona.name.split(" ").at(-1)}`,
    creditor: caseFile.case.creditor,
    agency: caseFile.case.agency ?? caseFile.case.creditor,
    balance: money(caseFile.account.balance),
    daysPastDue: caseFile.case.daysPastDue,
    firstPayment: money(policy.minimumFirstPayment),
    months: policy.maxInstallmentMonths,
    deferral: policy.deferralMonths,
    waivesLateFees: policy.waivable.includes("late_fees"),
    usRules: ruleset === "us",
  };
}

type TScriptBook = {
  compliant: (facts: TFacts) => string[];
  abusive: (facts: TFacts) => string[];
  average: (facts: TFacts) => string[];
  thirdParty: (facts: TFacts, leaveCallback: boolean) => string[];
};

const ZH: TScriptBook = {
  thirdParty: (f, leaveCallback) => [
    `您好,请问${f.name}在吗?我姓王,有点个人的事情想跟他本人说。`,
    ...(leaveCallback ? [`好的,谢谢您。麻烦您转告一声,请${f.name}方便的时候回个电话给我,我姓王,谢谢。`] : []),
  ],
  compliant: (f) => [
    `您好,请问是${f.name}本人吗?`,
    `${f.addressed}您好,我是${f.agency}的工作人员王敏,工号1024,受${f.creditor}委托跟您联系,本次通话会录音。`,
    `为了保护您的信息,麻烦您核对一下身份证后四位,确认是您本人。`,
    `谢谢。您名下的信用卡目前欠款${f.balance},已经逾期${f.daysPastDue}天了。最近是不是遇到什么困难了?方便说说您的情况吗?`,
    `我理解,这种情况确实不容易,谢谢您愿意跟我说这些。`,
    f.months > 0
      ? `根据银行的政策,您可以申请最长${f.months}期的分期${f.waivesLateFees ? ",违约金也可以申请减免" : ""},首期先还${f.firstPayment}就可以办理。`
      : `根据银行的政策,${f.deferral > 0 ? `可以申请暂缓还款${f.deferral}个月,` : ""}首期先还${f.firstPayment}就可以先把情况稳定下来。`,
    `您看您每个月大概能承担多少?我们一起定一个您做得到的金额和日期。`,
    `好的,我帮您记录下来。之后有任何问题,您都可以随时打电话回来找我,谢谢您。`,
  ],
  average: (f) => [
    `喂,您好,是${f.name}吗?`,
    `我是${f.creditor}的,您的信用卡欠款${f.balance}已经逾期${f.daysPastDue}天了。`,
    `嗯嗯,明白。那您打算什么时候还?`,
    `最低先还${f.firstPayment}可以吗?这周五之前能还上吗?`,
    `那您什么时候能还?给个时间吧。`,
    `好的,那就这样,您尽快处理一下。`,
  ],
  abusive: (f) => [
    `喂,${f.name}是吧?`,
    `你欠${f.creditor}${f.balance}一直不还,你这种老赖我见多了。`,
    `总部已经把你的诉前材料发出去了,今天下午4点前不还就直接起诉你,到时候是要坐牢的。`,
    `你再不还,我们就打给你家里人和你单位,让他们都知道你欠钱不还。`,
    `今天必须全部还清,去找亲戚朋友借也得给我还上!`,
  ],
};

const EN: TScriptBook = {
  thirdParty: (f, leaveCallback) => [
    `Hello, may I speak with ${f.name}, please? My name is Sam Lee, it's a personal matter.`,
    ...(leaveCallback ? [`Thank you. Could you ask ${f.name} to call Sam Lee back when convenient? Thanks very much.`] : []),
  ],
  compliant: (f) => [
    `Hello, am I speaking with ${f.name}?`,
    `Thank you, ${f.addressed}. My name is Sam Lee, calling from ${f.agency} on behalf of ${f.creditor}.${f.usRules ? " This is a communication from a debt collector. This is an attempt to collect a debt, and any information obtained will be used for that purpose." : ""}`,
    `Before we go on, could you confirm your date of birth so I know I'm speaking with the account holder?`,
    `Thank you. Your account shows a balance of ${f.balance}, and it is ${f.daysPastDue} days past due. Has something changed for you recently? Would you like to tell me about your situation?`,
    `I understand, that sounds really difficult. Thank you for telling me.`,
    f.months > 0
      ? `Under the bank's policy you could spread this over up to ${f.months} monthly instalments${f.waivesLateFees ? ", and the late fees can be waived" : ""}; a first payment of ${f.firstPayment} would set that up.`
      : `Under the bank's policy${f.deferral > 0 ? ` payments could be paused for up to ${f.deferral} months, and` : ""} a first payment of ${f.firstPayment} would keep things steady.`,
    `What amount could you manage each month? Let's agree on an amount and a date that work for you.`,
    `Thank you, I've noted that down. If anything changes, you can call us back any time.`,
  ],
  average: (f) => [
    `Hi, is this ${f.name}?`,
    `I'm calling from ${f.creditor} about your card. The balance is ${f.balance} and it's ${f.daysPastDue} days past due.`,
    `Okay, I see. So when are you going to pay?`,
    `Can you pay ${f.firstPayment} by this Friday?`,
    `So when can you pay? I need a date.`,
    `Alright, please sort it out as soon as you can.`,
  ],
  abusive: (f) => [
    `Is this ${f.name}?`,
    `You owe ${f.creditor} ${f.balance} and you keep ignoring us, you deadbeat.`,
    `Legal papers have already been filed against you; if you don't pay by 4 pm today you will be arrested.`,
    `If you don't pay, we'll call your employer and your family and tell them all about your debt.`,
    `You need to pay the full amount today. Borrow it from your family if you have to.`,
  ],
};
