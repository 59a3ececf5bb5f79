import { archetypeProfile } from "../persona/archetype-profiles";
import { ASKS_WHO, CONFIRMS_IDENTITY } from "../persona/name-asked";
import type { TCustomerAct, TCustomerDecision } from "../persona/customer-decision-schema";
import type { TScenario } from "../scenarios/scenario-schema";
import type { TScenarioText } from "../scenarios/scenario-text";
import type { TLanguage } from "../transcript/transcript-schema";
import { formatDate, formatMoney } from "./format-money";
import { identityDetailsAsked, identityDetailValue } from "./identity-details";
import type { TPhraseBank, TStyle, TVariants } from "./phrase-bank-schema";
import { PHRASES_EN } from "./phrases-en";
import { PHRASES_ZH } from "./phrases-zh";
import type { TRandom } from "./seeded-random";
import { debtorAsCalledBy, pronounOf } from "./third-party-words";
import { textIn } from "../i18n/localized-text";

const BANKS: Record<TLanguage, TPhraseBank> = { "zh-CN": PHRASES_ZH, en: PHRASES_EN };

/**
 * A style's own variants mixed with the common ones, so a timid customer hedges often but not
 * always; what was said already in this reply is not said twice.
 */
function choose(variants: TVariants, style: TStyle, random: TRandom, used: Set<string>): string {
  const own = (variants[style] ?? []).filter((phrase) => !used.has(phrase));
  const common = variants.default.filter((phrase) => !used.has(phrase));
  const pool = own.length > 0 && (random.next() < 0.7 || common.length === 0) ? own : common.length > 0 ? common : variants.default;
  const phrase = random.pick(pool);
  used.add(phrase);
  return phrase;
}

/** Terms with no day named: the customer's own words for them, or the variants that name no day (every such act's bank has some). */
function noDayVariants(act: TCustomerAct, bank: TPhraseBank, variants: TVariants): TVariants {
  const fresh = !("again" in act && act.again);
  if (fresh && act.kind === "agree_payment") return bank.noDay.payment;
  if (fresh && act.kind === "agree_plan" && act.months === null) return bank.noDay.planOpen;
  const undated = (phrases: readonly string[] = []) => phrases.filter((phrase) => !phrase.includes("{date}"));
  const styles = Object.entries(variants).map(([style, phrases]) => [style, undated(phrases)] as const);
  return { ...Object.fromEntries(styles.filter(([, phrases]) => phrases.length > 0)), default: undated(variants.default) };
}

/** "晚上几点方便?", "What time in the evening?": a time in the part of the day asked about, when one is named. */
const PARTS_OF_DAY = [/上午|早上|morning/, /下午|中午|afternoon|lunch/, /晚上|傍晚|evening|night/];
function timeAsked(act: TCustomerAct, variants: TVariants, question: string): TVariants {
  if (act.kind !== "go_along" || act.about !== "when") return variants;
  const part = PARTS_OF_DAY.find((words) => words.test(question.toLowerCase()));
  const named = part ? variants.default.filter((phrase) => part.test(phrase.toLowerCase())) : [];
  return named.length > 0 ? { default: named } : variants;
}

function variantsFor(bank: TPhraseBank, act: TCustomerAct): TVariants {
  const entry = bank.acts[act.kind as keyof TPhraseBank["acts"]] as TVariants | Record<string, TVariants>;
  const key = "why" in act ? act.why : "about" in act ? act.about : undefined;
  return key === undefined ? (entry as TVariants) : (entry as Record<string, TVariants>)[key]!;
}

const scenarioText = (text: TScenarioText | undefined, language: TLanguage) => (text === undefined ? "" : (textIn(text, language) ?? Object.values(text)[0] ?? ""));

/**
 * The offline role-player's words for a decision: one phrase per act from the language's bank,
 * slots filled from the scenario (names, the third party's relation, money in its currency), and
 * the persona's style choosing among variants. Which variant is the seeded PRNG's call.
 */
export function composeReply(decision: TCustomerDecision, scenario: TScenario, random: TRandom, earlier: readonly string[] = [], question = ""): string {
  const { language, persona, answeredBy, hidden } = scenario;
  const bank = BANKS[language];
  const currency = scenario.caseFile.account.currency;
  // A third party speaks in their own plain way; the persona's style is the cardholder's.
  const style: TStyle = decision.party === "third_party" ? "plain" : archetypeProfile(persona.archetype, persona.coreArchetype).style;
  const slots: Record<string, string> = {
    name: persona.name,
    pronoun: pronounOf(persona.gender, language),
    them: pronounOf(persona.gender, language, "object"),
    relation: answeredBy.relation ? debtorAsCalledBy(answeredBy.relation, persona.gender, language, scenario.ruleset) : persona.name,
    creditor: scenario.caseFile.case.creditor,
  };

  // A phrase said in an earlier reply is not picked again while another will do.
  const used = new Set<string>(phrasesIn(earlier, bank));
  const saidBefore = earlier.map(canonical);
  // A persona's own first words that already say who they are ("Yes, yes, that's me.") stand for the stock
  // confirmation, said first as it would have been, with the detail asked for after them ("是我……后四位是0417").
  const ownConfirmation = decision.acts.find((act) => act.kind === "saying" && CONFIRMS_IDENTITY.test(scenarioText(persona.sayings?.[act.index]?.says, language)));
  const confirming = ownConfirmation !== undefined && decision.acts.some((act) => act.kind === "confirm_identity");
  const detailAsked = identityDetailsAsked(question).some((detail) => identityDetailValue(detail, scenario) !== undefined);
  // Likewise a persona's own "Now, who did you say you're with?" stands for the stock "What company are you with?".
  const asksWhoInOwnWords = decision.acts.some((act) => act.kind === "saying" && ASKS_WHO.test(scenarioText(persona.sayings?.[act.index]?.says, language)));
  const acts = decision.acts.flatMap((act): TCustomerAct[] => {
    if (asksWhoInOwnWords && act.kind === "ask_who") return [];
    if (!confirming) return [act];
    if (act === ownConfirmation) return [];
    if (act.kind === "confirm_identity") return detailAsked ? [ownConfirmation, act] : [ownConfirmation];
    return [act];
  });
  const sentences = acts.map((act) => {
    if (act.kind === "explain") {
      const told = act.factIds.flatMap((id) => hidden.disclosures.filter((fact) => fact.id === id).map((fact) => scenarioText(fact.fact, language)));
      // An opener a fact says itself ("说实话,这个月手里有个五千块") goes in front of no fact, and that fact needs none.
      const openers = EXPLAIN_OPENERS[language];
      for (const opener of openers) if (told.some((text) => text.includes(opener.bare))) used.add(opener.phrase);
      return told.map((text) => (openers.some((opener) => text.startsWith(opener.bare)) ? "" : choose(bank.explain, style, random, used)) + text).join(bank.space);
    }
    if (act.kind === "must_stop") {
      if (act.again) return choose(bank.mustStopAgain[act.mustStop], style, random, used);
      return choose(bank.mustStop, style, random, used) + scenarioText(hidden.mustStop?.says, language);
    }
    if (act.kind === "saying") return scenarioText(persona.sayings?.[act.index]?.says, language);
    if (act.kind === "answer") return answerText(act, scenario, bank, style, random, used, saidBefore);
    if (act.kind === "confirm_identity") {
      // Asked for a detail ("your date of birth?", "身份证后四位"), they give it rather than "speaking".
      // "Your date of birth and your postcode?" gets both, each as they would say it.
      const given = identityDetailsAsked(question).flatMap((detail) => {
        const value = identityDetailValue(detail, scenario);
        return value ? [fill(choose(bank.identityDetail[detail], style, random, used), { value })] : [];
      });
      if (given.length > 0) return given.join(bank.space);
    }
    const values: Record<string, string> = { ...slots };
    if ("amount" in act) values.amount = formatMoney(act.amount, currency, language, random);
    if ("monthly" in act && act.monthly !== null) values.monthly = formatMoney(act.monthly, currency, language, random);
    if ("months" in act && act.months !== null) values.months = String(act.months);
    if ("date" in act) values.date = formatDate(act.date, language, random);
    const variants =
      againVariants(act, bank) ??
      (act.kind === "agree_plan" && act.months === null
        ? bank.agreePlanOpen
        : act.kind === "agree_plan" && act.monthly === null
          ? bank.agreePlanByLength
          : act.kind === "agree_callback" && act.shaken
            ? bank.agreeCallbackShaken
            : act.kind === "counter_offer" && act.unasked
              ? bank.ownFigure
              : act.kind === "hint_reason" && hidden.reasonKind !== "hardship"
                ? (bank.hintReason[hidden.reasonKind] ?? variantsFor(bank, act))
                : variantsFor(bank, act));
    const sentence = fill(choose("dayUnsaid" in act && act.dayUnsaid ? noDayVariants(act, bank, variants) : timeAsked(act, variants, question), style, random, used), values);
    // The same terms again ("60期每月327块…") are referred back to, not recited; a backchannel is just said.
    const terms = canonical(sentence);
    const refersBack = REFERS_BACK.has(act.kind) || ("again" in act && act.again === true);
    const again = refersBack && terms.length >= 6 && saidBefore.some((before) => before.includes(terms));
    return again ? choose(bank.alreadySaid, style, random, used) : sentence;
  });

  // A saying whose first sentence this reply already says in other words ("That card always paid
  // itself." after the fact "The card always just paid itself, I thought.") is left out.
  const spoken = sentences.filter(
    (sentence, index) => acts[index]?.kind !== "saying" || !saidElsewhere(sentence, sentences.filter((_, other) => other !== index).join(" "), language),
  );

  const flavour = random.next();
  // A goodbye is said as it is ("Look. Bye then." is no goodbye).
  const opener =
    acts[0]?.kind === "goodbye" ? "" : (flavour < 0.3 ? random.pick(bank.openers[style] ?? [""]) : flavour < 0.55 ? random.pick(bank.moods[decision.mood] ?? [""]) : "").trim();
  const openerSpace = opener === "" || /[,,]$/.test(opener) ? "" : bank.space;
  // An opener the first sentence already says ("Look. Look.", "Okay. Oh... Okay.") is dropped.
  const first = spoken[0] ?? "";
  const lead = opener !== "" && !first.includes(opener.replace(/[.,,。…?？!！\s]+$/, "")) ? opener + openerSpace : "";
  const text = [lead + first, ...spoken.slice(1)].join(bank.space);
  return language === "en" ? capitaliseSentences(text) : text;
}

/** Each bank's ways of leading into a fact ("说实话,", "Honestly? "), each with its words alone; worked out once. */
const EXPLAIN_OPENERS = Object.fromEntries(
  Object.entries(BANKS).map(([language, bank]) => [
    language,
    Object.values(bank.explain)
      .flat()
      .map((phrase) => ({ phrase, bare: phrase.replace(/[.,,。…?？!！\s]+$/, "") }))
      .filter((opener) => opener.bare !== ""),
  ]),
) as Record<TLanguage, { phrase: string; bare: string }[]>;

const EN_FILLER = new Set([
  "that",
  "that's",
  "this",
  "what",
  "they",
  "them",
  "with",
  "have",
  "just",
  "your",
  "from",
  "been",
  "were",
  "said",
  "about",
  "there",
  "then",
  "when",
  "would",
  "could",
]);

/** Whether most of a saying's first sentence (its words of four letters or more, or its pairs of Chinese characters) is already in `elsewhere`. */
function saidElsewhere(saying: string, elsewhere: string, language: TLanguage): boolean {
  const sentence = saying.split(/(?<=[.!?。!?])\s*/)[0] ?? "";
  const han = sentence.replace(/[^\u4e00-\u9fff]/g, "");
  const units =
    language === "en"
      ? (sentence.toLowerCase().match(/[a-z']{4,}/g) ?? []).filter((word) => !EN_FILLER.has(word))
      : Array.from({ length: Math.max(0, han.length - 1) }, (_, at) => han.slice(at, at + 2));
  if (units.length < 3) return false;
  const haystack = language === "en" ? elsewhere.toLowerCase() : elsewhere;
  return units.filter((unit) => haystack.includes(unit)).length / units.length >= 0.75;
}

/** Terms agreed before and asked about again: said back with a reference to before, not as a new yes. */
function againVariants(act: TCustomerAct, bank: TPhraseBank): TVariants | undefined {
  if (act.kind === "agree_payment" && act.again) return bank.agreedAgain.payment;
  if (act.kind === "agree_plan" && act.again) return act.months === null ? bank.agreedAgain.planOpen : act.monthly === null ? bank.agreedAgain.planByLength : bank.agreedAgain.plan;
  return undefined;
}

const fill = (phrase: string, values: Record<string, string>) => phrase.replace(/\{(\w+)\}/g, (_, slot: string) => values[slot] ?? "");

/**
 * The answer to a question asked: the scenario's own cover story the first time, a dodge after
 * that, an ordinary answer where nothing is hidden, a "I told you" where everything is out.
 */
function answerText(
  act: Extract<TCustomerAct, { kind: "answer" }>,
  scenario: TScenario,
  bank: TPhraseBank,
  style: TStyle,
  random: TRandom,
  used: Set<string>,
  saidBefore: readonly string[],
): string {
  const cover = scenarioText(scenario.hidden.disclosures.find((fact) => fact.id === act.factId)?.cover, scenario.language);
  if (act.way === "cover" && cover !== "" && !saidBefore.some((before) => before.includes(canonical(cover)))) return cover;
  if (act.way === "plain") return choose(bank.answers.plain[act.topic], style, random, used);
  if (act.way === "told" || act.way === "retold") {
    // Said again once, after a pointer back ("I told you. March 9th, ValuMart…"), or plainly by someone in crisis; a third time, only the pointer.
    const fact = scenarioText(scenario.hidden.disclosures.find((each) => each.id === act.factId)?.fact, scenario.language);
    const timesSaid = fact === "" ? 2 : saidBefore.filter((before) => before.includes(canonical(fact))).length;
    if (act.way === "retold") return timesSaid < 2 ? fact : choose(bank.answers.shaken, style, random, used);
    return choose(bank.answers.told, style, random, used) + (timesSaid < 2 ? bank.space + fact : "");
  }
  if (act.way === "shaken") return choose(bank.answers.shaken, style, random, used);
  return fill(choose(bank.answers.dodge, style, random, used), { topic: bank.topicWords[act.topic] });
}

function capitaliseSentences(text: string): string {
  return text.replace(/(^|[.?!]\s+)([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** Acts that carry terms or a position the customer would refer back to rather than repeat. */
// Agreements are not here: the same words with other terms are new terms; terms agreed again the machine marks itself (`again`).
const REFERS_BACK = new Set<TCustomerAct["kind"]>(["counter_offer", "counter_plan", "agree_callback", "want_to_pay", "decline", "ask_time"]);

/** Text compared for repetition: money words and punctuation left out (327.25块 and 327.25元 are one sentence). */
const canonical = (text: string) => text.toLowerCase().replace(/块钱|块|元|yuan|dollars?|pounds?|quid|[$£¥.,!?。,!?…\s]/g, "");

/** The bank's fixed phrases (with no slots) that already occur in earlier replies. */
function phrasesIn(earlier: readonly string[], bank: TPhraseBank): string[] {
  const said = earlier.join("\n");
  const phrases = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === "string") {
      if (value.trim().length >= 2 && !value.includes("{") && said.includes(value.trim())) phrases.add(value);
    } else if (value && typeof value === "object") for (const item of Object.values(value)) collect(item);
  };
  collect(bank.acts);
  collect(bank.explain);
  collect(bank.mustStop);
  collect(bank.mustStopAgain);
  collect(bank.answers);
  collect(bank.agreePlanByLength);
  collect(bank.agreeCallbackShaken);
  return [...phrases];
}
