import { normaliseText } from "../text/normalise-text";
import type { TScenario } from "../scenarios/scenario-schema";
import { textIn } from "../i18n/localized-text";
import type { TLanguage } from "../transcript/transcript-schema";

/** Characters that carry no subject in a Chinese two-character cue (的, 您, 什么…). */
const ZH_FUNCTION = /[的了吗呢吧啊呀嘛您你我他她它是在有么什这那就还都也不没很个些把被给让说要会能可以和跟与及或]/;
/** Words of every call about a card, which name no particular fact. */
const ZH_COMMON = new Set(["信用", "用卡", "银行", "欠款", "账户", "现在", "时候", "还款", "每月", "个月", "多少", "情况", "一下"]);
const EN_STOP = new Set(
  "about after again also been before being call calling card cards care account bank balance money month months payment payments today time help could does doing done from have here into just know like make more much okay over please really right should some sure than thank thanks that that's them then there they thing things think this those what what's when where which while will with would yeah your you're".split(
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

/** Each hidden fact's cues, worked out once per scenario rather than on every question. */
const CUES_BY_SCENARIO = new WeakMap<TScenario, { id: string; cues: Set<string> }[]>();
function factCues(scenario: TScenario): { id: string; cues: Set<string> }[] {
  let cues = CUES_BY_SCENARIO.get(scenario);
  if (!cues) {
    cues = scenario.hidden.disclosures.map((fact) => ({ id: fact.id, cues: cuesOf(textIn(fact.fact, scenario.language) ?? "", scenario.language) }));
    CUES_BY_SCENARIO.set(scenario, cues);
  }
  return cues;
}

/**
 * The hidden facts a question names in their own words, at least two of them ("What's the store
 * number on the receipt?" names the return receipt, 派出所报案回执 the police report), most named
 * first: of the facts on the topic asked, the customer tells or repeats that one.
 */
export function factsAskedAbout(question: string, scenario: TScenario): string[] {
  const asked = cuesOf(question, scenario.language);
  if (asked.size === 0) return [];
  return (
    factCues(scenario)
      .map(({ id, cues }) => ({ id, shared: [...asked].filter((cue) => cues.has(cue)).length }))
      // One shared word is chance ("看病" in "会不会影响家里吃饭和看病?"); two name the thing.
      .filter((fact) => fact.shared >= 2)
      .sort((a, b) => b.shared - a.shared)
      .map((fact) => fact.id)
  );
}

/** Questions about how the call goes on, which anyone answers: a time, a channel, whether it makes sense or would help. */
const ARRANGEMENT =
  /\b(?:would you (?:rather|prefer|like)|(?:is|would) (?:this|that|it)(?: be)? (?:ok|okay|alright|all right|fine|the best)|does (?:that|this) (?:make sense|work|sound)|would (?:it|that) help|shall i|should i|can i (?:call|ring|send|write|email|text)|what time|best (?:time|number|way))\b|还是|方便吗|可以吗|行吗|好吗|明白吗|清楚吗|几点|什么时候方便|哪个号码/;

export const asksAboutArrangements = (question: string) => ARRANGEMENT.test(normaliseText(question));
