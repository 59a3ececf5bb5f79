import type { TTopic } from "../scenarios/hidden-schema";
import type { TArchetype, TTraits } from "../scenarios/persona-schema";
import type { THidden } from "../scenarios/hidden-schema";

type TBoth = { zh: string; en: string };

/**
 * What makes each customer type its own when a trainer starts from it: traits the persona machine
 * reads that way, why they do not pay, how they talk, and one fact to draw out. Everything else
 * comes from the language's starting scenario; the trainer edits on from there.
 */
export type TCustomerTypePreset = {
  difficulty: 1 | 2 | 3;
  traits: TTraits;
  reasonKind: THidden["reasonKind"];
  title: TBoth;
  speakingStyle: TBoth;
  realReason: TBoth;
  fact: TBoth & { topic: TTopic; minTrust: number };
};

const traits = (initialTrust: number, initialAnger: number, patience: number, volatility: number, understanding: number, willingness: number, capacity: number): TTraits => ({
  initialTrust,
  initialAnger,
  patience,
  volatility,
  understanding,
  willingness,
  capacity,
});

export const CUSTOMER_TYPE_PRESETS: Record<TArchetype, TCustomerTypePreset> = {
  hardship: {
    difficulty: 1,
    traits: traits(0.45, 0.1, 0.7, 0.3, 0.6, 0.8, 0.2),
    reasonKind: "hardship",
    title: { zh: "新场景:确有困难的客户", en: "New scenario: a customer in real hardship" },
    speakingStyle: { zh: "语气低落,常叹气,说到家里开销会停顿。", en: "Quiet and worn out; sighs, and pauses when household bills come up." },
    realReason: { zh: "工厂停工三个月,只靠打零工维持。", en: "The plant has been shut for three months; odd jobs only." },
    fact: { zh: "厂里停工三个月了,我现在只能打点零工。", en: "The plant's been shut three months; I'm just picking up odd jobs.", topic: "employment", minTrust: 0.4 },
  },
  confused: {
    difficulty: 1,
    traits: traits(0.5, 0.15, 0.7, 0.2, 0.2, 0.8, 0.6),
    reasonKind: "misinformed",
    title: { zh: "新场景:理解有误的客户", en: "New scenario: a confused customer" },
    speakingStyle: { zh: "说话客气但听不懂术语,会反复问“最低还款是什么意思”。", en: 'Polite but lost in jargon; keeps asking what "minimum payment" means.' },
    realReason: {
      zh: "以为每月还一点就不算逾期,不知道利息和滞纳金一直在涨。",
      en: "Thought paying something meant the account was fine; did not know interest and late fees kept adding up.",
    },
    fact: { zh: "我以为每个月还一点就没事了,怎么越欠越多?", en: "I thought paying a little each month was fine. Why does it keep growing?", topic: "situation", minTrust: 0.3 },
  },
  angry: {
    difficulty: 3,
    traits: traits(0.15, 0.6, 0.35, 0.6, 0.6, 0.4, 0.5),
    reasonKind: "unconvinced",
    title: { zh: "新场景:情绪激动的客户", en: "New scenario: an angry customer" },
    speakingStyle: { zh: "一接电话就不耐烦,嗓门大,爱打断对方:“你们天天打电话烦不烦!”", en: 'Impatient from the first word, loud, interrupts: "You people call every day!"' },
    realReason: { zh: "上次被催收员骂过,觉得银行乱收费,不想配合。", en: "A collector was rude last time, and they think the bank overcharged them; they will not cooperate." },
    fact: { zh: "上次你们的人在电话里骂我,还打到我单位去了。", en: "Your guy yelled at me last time and called my work.", topic: "situation", minTrust: 0.6 },
  },
  guilty_cooperative: {
    difficulty: 1,
    traits: traits(0.55, 0.05, 0.75, 0.3, 0.6, 0.85, 0.4),
    reasonKind: "hardship",
    title: { zh: "新场景:愧疚配合型客户", en: "New scenario: a guilty, cooperative customer" },
    speakingStyle: { zh: "说话客气,常道歉,说到收入时会犹豫。", en: "Apologises a lot and wants to help; hesitates about income." },
    realReason: { zh: "餐馆减员后收入少了一半,一直不好意思接电话。", en: "Shifts at the restaurant were cut by half; too ashamed to answer the calls." },
    fact: { zh: "店里减人了,我现在一个月只能拿到以前一半的工资。", en: "They cut staff at the restaurant; I'm making about half what I used to.", topic: "income", minTrust: 0.4 },
  },
  misinformed: {
    difficulty: 2,
    traits: traits(0.35, 0.2, 0.5, 0.4, 0.3, 0.5, 0.6),
    reasonKind: "misinformed",
    title: { zh: "新场景:误信传言型客户", en: "New scenario: a misinformed customer" },
    speakingStyle: { zh: "语气笃定,常说“我朋友说信用卡欠款拖三年就不用还了”。", en: 'Sure of themselves: "My buddy said after three years you don\'t have to pay."' },
    realReason: { zh: "听朋友说不还也不会怎样,打算拖着等“过期”。", en: "Heard from friends that nothing happens if you do not pay; plans to wait it out." },
    fact: { zh: "我听说拖够时间就自动作废了,所以一直没管。", en: "I heard it just goes away if you wait long enough, so I left it.", topic: "plans", minTrust: 0.3 },
  },
  face_conscious: {
    difficulty: 2,
    traits: traits(0.35, 0.3, 0.45, 0.5, 0.6, 0.6, 0.6),
    reasonKind: "waiting_to_improve",
    title: { zh: "新场景:爱面子型客户", en: "New scenario: a face-conscious customer" },
    speakingStyle: { zh: "很在意面子,一听到“家人”“单位”就紧张,压低声音说话。", en: "Image-conscious; tenses up at any mention of family or work, and speaks in a low voice." },
    realReason: { zh: "怕家人知道自己欠钱,想等年终奖下来悄悄还上。", en: "Afraid the family will find out; wants to pay quietly once the year-end bonus comes." },
    fact: { zh: "千万别让我爸妈知道,年底奖金下来我就还。", en: "Please don't tell my parents. I'll pay when my bonus comes at year end.", topic: "family", minTrust: 0.5 },
  },
  know_it_all: {
    difficulty: 3,
    traits: traits(0.25, 0.4, 0.4, 0.5, 0.9, 0.4, 0.6),
    reasonKind: "unconvinced",
    title: { zh: "新场景:懂法较真型客户", en: "New scenario: a know-it-all customer" },
    speakingStyle: { zh: "爱引用法规,质疑每个数字,常说“你把依据发给我”。", en: 'Quotes the rules and challenges every figure: "Send me that in writing."' },
    realReason: { zh: "认为利息和滞纳金算错了,要先看明细才肯谈。", en: "Believes the interest and fees are wrong; will not talk about paying before seeing a breakdown." },
    fact: { zh: "你们的滞纳金算法根本不对,把明细拿来我看看。", en: "Your late-fee math is wrong. Show me the breakdown.", topic: "situation", minTrust: 0.6 },
  },
  timid: {
    difficulty: 2,
    traits: traits(0.5, 0.1, 0.6, 0.4, 0.4, 0.8, 0.2),
    reasonKind: "many_creditors",
    title: { zh: "新场景:胆小无主见型客户", en: "New scenario: a timid customer" },
    speakingStyle: { zh: "声音小,什么都说“好好好”,不敢拒绝,但说不清哪天能还。", en: 'Soft-spoken; says "okay, okay" to everything and cannot say when.' },
    realReason: { zh: "同时欠好几家,谁催得紧就先还谁,其实根本还不过来。", en: "Owes several lenders and pays whoever pushes hardest; cannot really keep up." },
    fact: { zh: "其实我还欠着另外两家的钱,都在催。", en: "I actually owe two other places too, and they're all calling.", topic: "other_debts", minTrust: 0.5 },
  },
  debt_numb: {
    difficulty: 3,
    traits: traits(0.3, 0.3, 0.4, 0.3, 0.7, 0.3, 0.5),
    reasonKind: "indifferent_to_credit",
    title: { zh: "新场景:债务麻木型客户", en: "New scenario: a debt-numb customer" },
    speakingStyle: { zh: "语气冷淡,满不在乎,常说“随便你们,爱咋咋地”。", en: 'Flat and indifferent: "Do what you want, I don\'t care."' },
    realReason: { zh: "已经被催了很多次,觉得征信早就坏了,无所谓了。", en: "Chased so often they think their credit is ruined anyway." },
    fact: { zh: "我征信早就花了,再多一笔也没什么。", en: "My credit's shot already. One more doesn't matter.", topic: "plans", minTrust: 0.5 },
  },
};
