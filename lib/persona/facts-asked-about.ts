import { normaliseText } from "../text/normalise-text";
import type { TScenario } from "../scenarios/scenario-schema";
import { textIn } from "../i18n/localized-text";
import type { TLanguage } from "../transcript/transcript-schema";

/** Characters that carry no subject in a Chinese two-character cue (的, 您, 什么…). */
const ZH_FUNCTION = /[的了吗呢吧啊呀嘛您你我他她它是在有么什这那就还都也不没很个些把被给让说要会能可以和跟与及或]/;
/** Words of every call about a card, which name no particular fact. */
const ZH_COMMON = new Set(["信用", "用卡", "银行", "欠款", "账户", "现在", "时候", "还款", "每月", "个月", "多少", "情况", "一下"]);
const EN_STOP = new Set(
  "about after again also been before being call calling card cards care credit account it's i'm i've i'll i'd don't didn't can't won't isn't wasn't you've you'll we're we'll you'd they're there's here's how's who's let's sorry hear said tell told talk speak need want like feel mind stuff without within going goes come coming getting take give keep look each every other another even only very since until through during between because maybe something anything everything nothing someone anyone everyone good well sound sounds lately recently currently moment realistically honestly actually manage afford able bank balance money month months payment payments today time help could does doing done from have here into just know like make more much okay over please really right should some sure than thank thanks that that's them then there they thing things think this those what what's when where which while will with would yeah your you're".split(
    " ",
  ),
);

/** The words that carry a sentence's subject: Chinese character pairs, English words of four letters or more. */
function cuesOf(text: string, language: TLanguage): Set<string> {
  const norm = normaliseText(text);
  if (language === "en") return new Set((norm.match(/[a-z][a-z']{3,}/g) ?? []).filter((word) => !EN_STOP.has(word)));
  const cues = new Set<string>();
  for (const run of norm.match(/[\u3400-\u9fff]{2,}/g) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) {
      const pair = run.slice(i, i + 2);
      if (!ZH_FUNCTION.test(pair) && !ZH_COMMON.has(pair)) cues.add(pair);
    }
  }
  return cues;
}

/** Words for the people in a customer's life: a question about one of them is about what the customer said of them. */
const KIN_EN = /\b(?:mom|mum|mam|mother|dad|father|husband|wife|son|daughter|brother|sister|partner|boyfriend|girlfriend|kids?|children|colleagues?|boss)\b/g;
const KIN_ZH = /老公|老婆|爱人|丈夫|妻子|媳妇|先生|儿子|女儿|闺女|弟弟|哥哥|姐姐|我姐|妹妹|爸爸|妈妈|我妈|你妈|父母|孩子|同事|领导|女朋友|男朋友/g;

/** The people a text names: kin words, and contacts from the case file's phone book by name (first name too). */
function peopleIn(text: string, scenario: TScenario): Set<string> {
  const norm = normaliseText(text);
  const people = new Set<string>((norm.match(scenario.language === "en" ? KIN_EN : KIN_ZH) ?? []).map((word) => word.replace(/^[我你]/, "").replace(/s$/, "")));
  for (const { name, named } of contactsOf(scenario)) if (named.some((part) => (typeof part === "string" ? norm.includes(part) : part.test(norm)))) people.add(name);
  return people;
}

type TContact = { name: string; named: (string | RegExp)[] };

/** The phone book's contacts and how a text names each (English names as whole words), made once per scenario. */
const CONTACTS_BY_SCENARIO = new WeakMap<TScenario, TContact[]>();
function contactsOf(scenario: TScenario): TContact[] {
  let contacts = CONTACTS_BY_SCENARIO.get(scenario);
  if (!contacts) {
    contacts = scenario.caseFile.customer.phoneBook.flatMap((entry) => {
      const name = entry.belongsTo === "contact" ? normaliseText(entry.name ?? "") : "";
      if (name === "") return [];
      const named =
        scenario.language === "en"
          ? name
              .split(/\s+/)
              .filter((part) => part.length >= 3)
              .map((part) => new RegExp(`\\b${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`))
          : [name];
      return [{ name, named }];
    });
    CONTACTS_BY_SCENARIO.set(scenario, contacts);
  }
  return contacts;
}

type TFactCues = { id: string; cues: Set<string>; people: Set<string> };
type TScenarioCues = { facts: TFactCues[]; callers: Set<string> };

/** Each hidden fact's cues, and the caller's own agency and bank words, worked out once per scenario rather than on every question. */
const CUES_BY_SCENARIO = new WeakMap<TScenario, TScenarioCues>();
function scenarioCues(scenario: TScenario): TScenarioCues {
  let cues = CUES_BY_SCENARIO.get(scenario);
  if (!cues) {
    const { agency, creditor } = scenario.caseFile.case;
    cues = {
      facts: scenario.hidden.disclosures.map((fact) => {
        const text = textIn(fact.fact, scenario.language) ?? "";
        return { id: fact.id, cues: cuesOf(text, scenario.language), people: peopleIn(text, scenario) };
      }),
      // The caller's own agency and bank name no subject of the customer's ("Calder Credit Management" is not Universal Credit).
      callers: cuesOf(`${agency ?? ""} ${creditor}`, scenario.language),
    };
    CUES_BY_SCENARIO.set(scenario, cues);
  }
  return cues;
}

const mostShared = (a: { shared: number; share: number }, b: { shared: number; share: number }) => b.shared - a.shared || b.share - a.share;

/**
 * The hidden facts a question touches, most first. `named`: the ones it names in their own words, at
 * least two of them ("What's the store number on the receipt?" names the return receipt, 派出所报案回执
 * the police report) or a person named in both; of the facts on the topic asked, the customer tells or
 * repeats that one. `leanedOn`: the ones it shares any subject word with, not enough to name one, but
 * among the facts on the topic asked it picks the one the question is about ("Is the crisis team in
 * touch?" asks about the crisis team, not the hospital stay, though both are about health).
 */
export function factsInQuestion(question: string, scenario: TScenario): { named: string[]; leanedOn: string[] } {
  const { facts, callers } = scenarioCues(scenario);
  const asked = new Set([...cuesOf(question, scenario.language)].filter((cue) => !callers.has(cue)));
  // A person named in a question ("Does Travis know?"), not in the condolence before it ("I'm sorry about your mom. What's coming in?").
  const questions = question.match(/[^.!?。!?]*[?？]/g);
  const people = peopleIn(questions ? questions.join(" ") : question, scenario);
  const shares = facts
    .map(({ id, cues, people: named }) => {
      const shared = [...asked].filter((cue) => cues.has(cue)).length + ([...people].some((person) => named.has(person)) ? 2 : 0);
      // The share of the fact the words cover breaks ties: "hospital" is more of "I was in hospital in April" than of a story about the rota.
      return { id, shared, share: shared / Math.max(cues.size, 1) };
    })
    .sort(mostShared);
  return {
    // One shared word is chance ("看病" in "会不会影响家里吃饭和看病?"); two name the thing, and so does a person
    // named in both ("Does Travis know about the cards?", "你是不是还借了你弟弟的钱?").
    named: shares.filter((fact) => fact.shared >= 2).map((fact) => fact.id),
    leanedOn: shares.filter((fact) => fact.shared >= 1).map((fact) => fact.id),
  };
}

/** Asking whoever answered for the cardholder: "他在家吗?", "能叫他接一下电话吗?", "Is he there?", "Could he come to the phone?" */
const FOR_THE_CARDHOLDER =
  /(?:他|她)(?:现在)?(?:在家|在吗|在不在|方便接|能接|能不能接|有空)|(?:叫|让|喊)(?:他|她)(?:来)?接(?:一下)?(?:电话)?|\b(?:is|could|can|would) (?:he|she) (?:be )?(?:there|home|in|around|available|free|come to the phone)\b|\b(?:put|get|fetch) (?:him|her) (?:on|for me)\b|\bspeak (?:to|with) (?:him|her)\b/;
export const asksForTheCardholder = (turn: string) => FOR_THE_CARDHOLDER.test(normaliseText(turn));

/** Questions about how the call goes on, which anyone answers: a time, a channel, whether it makes sense or would help. */
const ARRANGEMENT =
  /\b(?:would you (?:rather|prefer|like)|(?:is|would) (?:this|that|it)(?: be)? (?:ok|okay|alright|all right|fine|the best)|does (?:that|this) (?:make sense|work|sound)|would (?:it|that) help|shall i|should i|can i (?:call|ring|send|write|email|text)|what time|best (?:time|number|way)|(?:a )?(?:good|better|convenient) time (?:to|for)|when (?:would|is|will) (?:it )?(?:be )?(?:a )?(?:good|best|convenient|easier)|is (?:the|your|this) (?:landline|mobile|home phone|number|email) (?:best|ok|okay|alright|fine|the best)|(?:still )?the (?:right|best|correct) (?:address|number|email|phone)|is it (?:ok|okay|alright|all right) if (?:i|we))\b|地址[^,.!?]{0,6}(?:对|没变|还是)|还住在|还是|方便吗|可以吗|行吗|好吗|明白吗|清楚吗|几点|什么时候方便|哪个号码/;

export const asksAboutArrangements = (question: string) => ARRANGEMENT.test(normaliseText(question));

/** A time asked for ("When's a good time to give you a bell back?", "晚上几点方便?", "what day works best?"): a time of their own, not "that's fine". */
const WHEN =
  /\b(?:(?:what|which) (?:time|day|days)(?: of (?:the )?(?:day|week))? (?:works|suits|is (?:good|best|easiest|better)|would (?:work|suit|be)|should (?:i|we)|can (?:i|we)|is it (?:easiest|best)|for (?:me|us) to|(?:is )?(?:good|best|better) for you)|when(?:'s| is| would be| works| suits)(?: (?:a|the))? (?:good|best|better|convenient|easiest)|(?:best|good|better|convenient) time (?:to|for)(?: me| us)? (?:call|ring|phone|give|reach|catch|try)|when (?:should|can|could|shall) (?:i|we) (?:call|ring|phone|try))\b|(?:几点|哪天|星期几|周几|什么时候|啥时候|哪个时间)[^,.!?]{0,10}(?:方便|合适|有空|打(?:给|电话|过来)|联系|回电|比较好)|(?:下次|回头|改天)[^,.!?]{0,8}(?:几点|哪天|什么时候|啥时候)/;
export const asksWhen = (question: string) => WHEN.test(normaliseText(question));

/** Something offered to the customer ("Would you like their number?", "…a 30-day hold. Would that help?", 要不要我把号码发给您?): a yes, please, when nothing else is asked. */
const OFFER =
  /\b(?:would (?:that|this|it) help|would you like (?:me to|their|the|a|an|our|some)|do you want (?:me to|their|the|a|an|our)|shall i (?:give|send|read|pass|put|text|email)|can i give you|i can give you (?:their|the|a) (?:number|details))\b|要不要我|需要我(?:帮(?:您|你)|给(?:您|你)|把)|我(?:把|给(?:您|你))[^,.!?]{0,12}(?:发给|告诉)(?:您|你)[^,.!?]{0,4}(?:好吗|可以吗|行吗|要吗)/;
export const offersSomething = (question: string) => OFFER.test(normaliseText(question));

/** The collector's closing question, "Is there anything else I can help with?" / 还有别的问题吗?: no, that's all. */
const ANYTHING_ELSE =
  /\b(?:anything else (?:i can|we can|you need|you'd like|you want|on your mind|i should|at all)|any (?:other |more )?questions(?: for me)?)\b|还有(?:别的|其他|什么)(?:问题|需要|事|要问|疑问)|有(?:什么|没有)(?:其他|别的)(?:问题|疑问|需要)/;
export const asksIfAnythingElse = (question: string) => ANYTHING_ELSE.test(normaliseText(question));

/** Checking the terms will not leave them short ("这个数会不会太紧?", "Is that manageable?"): they say whether it fits. */
const AFFORDABLE =
  /太紧|吃得消|吃不消|扛得住|扛不住|负担得了|负担不了|承受得了|压力(?:会不会)?(?:大|太大)|够不够(?:用|花)|会不会(?:影响|耽误)(?:家里|生活|吃饭)|\b(?:manageable|affordable|doable|realistic for you|too (?:much|tight|high)|(?:can|could) you (?:really |actually )?(?:afford|manage|keep up|stick to)|leave you (?:enough|short)|is that (?:ok|okay|alright|all right) (?:for you|with your budget)|will (?:that|this|it) work for you|comfortable with (?:that|this|it))\b/;
export const asksIfAffordable = (question: string) => AFFORDABLE.test(normaliseText(question));
