import type { TTopic } from "../../../lib/scenarios/hidden-schema";
import type { TScenario } from "../../../lib/scenarios/scenario-schema";
import { textIn } from "../../../lib/i18n/localized-text";
import { tellsOfHardship } from "../../../lib/scoring/find-adapt-moment";
import { findMustStopTriggers } from "../../../lib/scoring/find-must-stop-triggers";

/**
 * Trainee scripts for every scenario, built from its case facts: templates per language and rule
 * set, with the parts a scenario's structure needs (a third party answering, a must-stop moment).
 * Tests know the hidden side of a scenario on purpose: they check the machine plays it out.
 */
type TScript = string[];

const CALLER = { zh: { name: "李明", staffNo: "A1024" }, en: { name: "Sam Lee" } };
const CALLBACK_NUMBER = { zh: "400-820-1234", us: "1-800-555-0142", uk: "0800 555 0142" };

function facts(scenario: TScenario) {
  const { caseFile, persona, policy } = scenario;
  const zhTitle = persona.gender === "male" ? "先生" : "女士";
  const enTitle = persona.gender === "male" ? "Mr." : "Ms.";
  const surnameZh = persona.name.slice(0, 1);
  const surnameEn = persona.name.split(" ").at(-1)!;
  return {
    name: persona.name,
    zhName: `${surnameZh}${zhTitle}`,
    enName: `${enTitle} ${surnameEn}`,
    agency: caseFile.case.agency ?? caseFile.case.creditor,
    creditor: caseFile.case.creditor,
    last4: caseFile.account.cards[0]!.last4,
    balance: caseFile.account.balance.toFixed(2),
    months: policy.maxInstallmentMonths,
    currencySign: caseFile.account.currency === "GBP" ? "£" : "$",
  };
}

const isThirdParty = (scenario: TScenario) => scenario.answeredBy.party === "third_party";

/** The must-stop moment's topic when the trainee's question brings it out. */
const stopTopic = (scenario: TScenario): TTopic | undefined => (scenario.hidden.mustStop?.surfaces.trigger === "topic" ? scenario.hidden.mustStop.surfaces.topic : undefined);

/**
 * A hidden fact that sounds like vulnerability or hardship to the scorer (an illness mentioned in
 * passing) makes a careful trainee acknowledge it, and not ask for money today.
 */
const soundsVulnerable = (scenario: TScenario) =>
  scenario.hidden.disclosures.some((fact) => {
    const said = textIn(fact.fact, scenario.language) ?? "";
    return findMustStopTriggers(said, scenario.language).length > 0 || tellsOfHardship(said, scenario.language);
  });

const TOPIC_QUESTION: Partial<Record<TTopic, { zh: string; en: string }>> = {
  payment_capacity: { zh: "您看每个月大概能还多少比较合适?", en: "How much could you afford each month?" },
  other_debts: { zh: "除了这张卡,您还有其他贷款或者信用卡要还吗?", en: "Do you have any other debts or credit cards at the moment?" },
};
const topicQuestion = (topic: TTopic, language: "zh" | "en") =>
  TOPIC_QUESTION[topic]?.[language] ?? (language === "zh" ? "方便说说您现在的情况吗?" : "Could you tell me more about your situation?");

function zhCompliant(scenario: TScenario): TScript {
  const f = facts(scenario);
  const reach: TScript = isThirdParty(scenario)
    ? [
        `您好,我是${CALLER.zh.name},请问${f.name}${f.zhName.slice(1)}在吗?`,
        ...(scenario.answeredBy.passesPhone === "after_callback_request" ? [`没关系,麻烦您转告${f.zhName}方便的时候回个电话,我姓李,电话是${CALLBACK_NUMBER.zh},谢谢您。`] : []),
      ]
    : [];
  const identify = `您好,我是${f.agency}的客服专员${CALLER.zh.name},工号${CALLER.zh.staffNo},受${f.creditor}委托来电。请问是${f.name}${f.zhName.slice(1)}本人吗?`;
  const mustStop = scenario.hidden.mustStop;
  const opening = `${f.zhName},谢谢您接电话。我打来是关于您尾号${f.last4}的信用卡,目前欠款${f.balance}元。我理解最近可能不太容易,方便说说您现在的情况吗?工作和收入方面怎么样?`;
  if (mustStop?.surfaces.trigger === "start") return [...reach, identify, ...zhStopResponse(), zhClose()];
  const topic = stopTopic(scenario);
  if (topic) return [...reach, identify, opening, topicQuestion(topic, "zh"), ...zhStopResponse(), zhClose()];
  return [
    ...reach,
    identify,
    opening,
    "听起来您真的很不容易,谢谢您愿意告诉我这些。家里现在的开销怎么样?接下来有什么打算吗?",
    ...(soundsVulnerable(scenario) ? ["听到这些我很难过,您先保重身体。今天不急,您慢慢说,我在听。"] : []),
    "除了这张卡,您还有其他贷款或者信用卡要还吗?",
    `我们不会联系您的家人和单位。逾期记录会报送征信,结清后保留五年。如果一次还不上,您可以申请个性化分期,最长${f.months}期,以银行审批为准。您看每个月能还多少比较合适?`,
    ...(mustStop ? zhStopResponse() : [soundsVulnerable(scenario) ? "不用勉强,就按您能承受的来:第一笔您看哪天、还多少合适?" : "您今天能先还多少?三天之内可以吗?"]),
    zhClose(),
  ];
}

const zhStopResponse = (): TScript => [
  "听您这么说我很难过,您先保重。您的情况我会如实记录,可以先为您申请暂缓催收,今天不谈还款。需要的话也可以申请个性化分期,准备一下相关证明材料就行,以银行审批为准。",
];
const zhClose = () => `好的,我把今天说的都记录下来了。有任何问题您可以拨打${CALLBACK_NUMBER.zh}回电,我们也会再跟您联系。谢谢您!`;

function enCompliant(scenario: TScenario): TScript {
  const f = facts(scenario);
  const us = scenario.ruleset === "us";
  const callback = us ? CALLBACK_NUMBER.us : CALLBACK_NUMBER.uk;
  const reach: TScript = isThirdParty(scenario)
    ? [
        `Hi, this is ${CALLER.en.name}. May I speak with ${f.name}, please?`,
        ...(scenario.answeredBy.passesPhone === "after_callback_request"
          ? [`No problem. Could you ask ${f.name} to call ${CALLER.en.name} back at ${callback} when convenient? Thank you.`]
          : []),
      ]
    : [];
  const identify = `Hello, this is ${CALLER.en.name} calling from ${f.agency} on behalf of ${f.creditor}. Am I speaking with ${f.name}?`;
  const disclosure = us ? "This is an attempt to collect a debt and any information obtained will be used for that purpose. " : "";
  const opening = `Thank you, ${f.enName}. ${disclosure}I'm calling about your card ending ${f.last4}; the balance is ${f.currencySign}${f.balance}. I understand things may not be easy right now. Could you tell me a bit about your situation, and how work and income are going?`;
  const mustStop = scenario.hidden.mustStop;
  // A customer who tells at the start, or once they trust the caller (which a good opening earns), hears the response next.
  if (mustStop?.surfaces.trigger === "start" || mustStop?.surfaces.trigger === "trust") return [...reach, identify, opening, ...enStopResponse(scenario), enClose(callback)];
  const topic = stopTopic(scenario);
  if (topic) return [...reach, identify, opening, topicQuestion(topic, "en"), ...enStopResponse(scenario), enClose(callback)];
  return [
    ...reach,
    identify,
    opening,
    "That sounds really hard, and I appreciate you telling me. How are things with your family and your expenses at the moment? What are your plans for the next few months?",
    ...(soundsVulnerable(scenario) ? ["I'm so sorry to hear that. Please take care of yourself; there's no rush today, and I'm listening."] : []),
    "Do you have any other debts or credit cards you're paying at the moment?",
    `We won't contact your family or your employer. I should be accurate with you: late payments are reported to the credit bureaus. If paying it all at once isn't possible, you could set up a payment plan of up to ${f.months} months, subject to approval. How much could you afford each month?`,
    ...(mustStop ? enStopResponse(scenario) : ["How much could you manage as a first payment, and could you do that by Friday?"]),
    enClose(callback),
  ];
}

function enStopResponse(scenario: TScenario): TScript {
  switch (scenario.hidden.mustStop?.kind) {
    case "dispute":
      return [
        "I understand, and thank you for telling me. I'll record that you dispute this charge. You can send the dispute in writing with your receipt, and we'll pause collection on it while it's verified. I won't ask you for payment today.",
      ];
    case "lawyer":
      return ["Understood, thank you. I'll note that your attorney represents you, and we'll contact your attorney from now on. I won't discuss the account with you any further."];
    default:
      return [
        "I'm so sorry to hear that, that sounds really hard. I'll note it on the account and put it on hold, so there's no pressure today. You can also get free debt advice from StepChange or National Debtline.",
      ];
  }
}
const enClose = (callback: string) => `Thank you. I've noted everything we discussed. If you have any questions you can call us back on ${callback}, and we'll be in touch.`;

export function compliantScript(scenario: TScenario): TScript {
  return scenario.language === "zh-CN" ? zhCompliant(scenario) : enCompliant(scenario);
}

export function abusiveScript(scenario: TScenario): TScript {
  const f = facts(scenario);
  if (scenario.language === "zh-CN") {
    return [
      `喂,${f.name}是吧?你欠${f.creditor}的${f.balance}元到底还不还?`,
      "你这个老赖,真不要脸,欠钱不还还有理了?",
      "今天下午四点前不还,我们就上门找你,通知你家人和单位,让你坐牢!",
      "赶紧去借钱还上,你这种人就是骗子!",
      "听见没有?不还就等着吧,废物!",
    ];
  }
  return [
    `Is this ${f.name}? You owe ${f.creditor} ${f.currencySign}${f.balance} and you're paying it today.`,
    "You're a deadbeat and a liar, you know that?",
    "If you don't pay by 4 pm today we'll send someone to your house, tell your boss and your family, and you'll be arrested.",
    "Borrow it from your parents or sell your car, I don't care. Pay now, you idiot.",
    "Are you listening, you loser?",
  ];
}
