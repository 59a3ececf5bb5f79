import type { TCallContext } from "./call-context";
import { contactsDemandWords } from "./detect-third-party-payment";
import { evidenceOf } from "./match/find-hits";
import { quoteOf, type TTurnText } from "./match/turn-text";
import type { TSignalKind } from "./ruleset-schema";
import type { TLevel, TMustStopTrigger, TTurnAnalysis } from "./turn-analysis-schema";

export type TSignal = { kind: TSignalKind; evidence: string };
type TAnalysis = Omit<TTurnAnalysis, "summary" | "learned" | "findings">;
type TExtras = { wrongAmounts: string[]; wrongOverdue: string[]; wrongRecord: string[]; text: TTurnText; asksForPersonOnly?: boolean };

const LEVEL_POINTS: Record<TLevel, number> = { none: 0, weak: 1, strong: 2 };

/**
 * Turns the description of a turn into rule-set-neutral signals; the rule set then decides which
 * rule, if any, each one breaks or fulfils.
 */
export function signalsForTurn(analysis: TAnalysis, context: TCallContext, extras: TExtras): TSignal[] {
  const signals: TSignal[] = [];
  const add = (kind: TSignalKind, evidence: string | undefined) => {
    if (evidence !== undefined && !signals.some((signal) => signal.kind === kind)) signals.push({ kind, evidence });
  };
  const opening = openingWords(extras.text);

  const self = analysis.selfIdentification;
  const toThirdParty = analysis.listener.party === "third_party" && !analysis.listener.isConsumer;
  // To a relative or colleague, naming the collection agency or the bank already says there is a debt.
  if (toThirdParty && (self.revealsCollection ?? (self.agency || self.creditor))) add("agency_named_to_third_party", self.evidence[0] ?? opening);
  // Said over two turns ("我是安和咨询的工号3021" … after verification "我们受瑞丰银行委托"): the second completes it.
  else if ((self.name && (self.agency || self.creditor)) || (context.selfNamed && !context.creditorNamed && self.creditor)) add("self_identified", self.evidence[0]);
  if (self.debtCollector && (analysis.listener.isConsumer || analysis.listener.party === "unknown"))
    add("mini_miranda_given", self.evidence.find((quote) => /collect|催收/i.test(quote)) ?? self.evidence[0]);

  const debt = analysis.debtMention;
  const listener = analysis.listener;
  if (debt.mentioned) {
    if (listener.party === "third_party" && !listener.isConsumer) add("debt_disclosed_to_third_party", debt.evidence[0]);
    else if (listener.party === "unknown" && !context.identityVerified) {
      add(debt.byAgencyName ? "agency_named_before_verification" : "debt_before_verification", debt.evidence[0]);
    }
    // Asking "刘芳吗?" and naming the overdue card in the same breath is not checking first.
    // The agency's own name ("…from Ashford Collections. Could you confirm your postcode?") does not skip the check.
    else if (listener.party === "debtor" && !context.identityAsked && !context.debtMentionedBefore && !debt.byAgencyName) add("identity_not_verified", debt.evidence[0]);
  }
  const disclosed = signals.some((signal) => signal.kind.startsWith("debt_") || signal.kind === "identity_not_verified");
  if (analysis.asksToVerifyIdentity && !disclosed && !extras.asksForPersonOnly) add("identity_check", firstQuestion(extras.text) ?? opening);
  if (analysis.thirdPartyAskedToPay) add("third_party_asked_to_pay", debt.evidence[0] ?? opening);
  if (analysis.contactsDemanded) {
    const demand = contactsDemandWords(extras.text) ?? opening;
    add("third_party_contacts_demanded", demand);
    // "报你爸妈的电话,证明你不是想跑": the numbers demanded as proof of good faith press the customer too (calls README).
    if (AS_PROOF.test(extras.text.norm)) add("contacts_demanded_as_proof", demand);
  }

  for (const threat of analysis.threats) add(`threat_${threat.kind}`, threat.evidence);
  for (const deception of analysis.deceptions) add(deception.kind, deception.evidence);
  add("abuse", analysis.abuse[0]?.evidence);
  add("amount_inaccurate", extras.wrongAmounts[0]);
  add("overdue_inaccurate", extras.wrongOverdue[0]);
  add("record_length_inaccurate", extras.wrongRecord[0]);
  // To a relative who answered, borrowing ("找亲戚凑凑", "get the family to chip in") is still a push
  // to borrow, and an ask that the family pay: a disclosure too. "Your family could help him" asks
  // them to pay; it pushes the debtor to borrow only when said to the debtor.
  const { borrowOrSell, familyPays = [] } = analysis.pressure;
  if (toThirdParty) {
    add(
      "borrow_or_sell",
      borrowOrSell.find((words) => !familyPays.includes(words)),
    );
    add("third_party_asked_to_pay", borrowOrSell[0]);
  } else add("borrow_or_sell", borrowOrSell[0]);
  add("lump_sum_pressure", analysis.pressure.lumpSum[0]);
  add("beyond_stated_means", analysis.pressure.beyondMeans[0]);
  add("deadline_demanded", analysis.pressure.deadline[0]);
  add("hardship_pressed", analysis.pressure.hardshipPressed[0]);

  const mustStop = analysis.mustStop;
  const latestTrigger = mustStop.triggers[mustStop.triggers.length - 1];
  if (analysis.pressure.mustStopIgnored && latestTrigger) {
    add(`must_stop_ignored_${latestTrigger}`, analysis.pressure.pressing[0] ?? opening);
  }
  // Warmth and options do not count in a turn that breaks a grave rule or presses on at a must-stop
  // moment, and naming yourself does not count while posing as someone else or disclosing the debt.
  if (analysis.pressure.mustStopIgnored || signals.some((signal) => GRAVE.has(signal.kind))) {
    const posing = signals.some((other) => other.kind === "impersonation");
    const unidentified = signals.some((other) => UNIDENTIFYING.has(other.kind));
    // Naming yourself while posing as someone else, or checking identity in a scripted lie, earns nothing.
    return signals.filter((signal) => !(signal.kind === "self_identified" && unidentified) && !(signal.kind === "identity_check" && posing));
  }
  const empathy = analysis.empathy;
  // A bare "thank you for telling me" is a formula, not an acknowledgement of what the customer is going through (issue 14).
  const acknowledged =
    empathy.acknowledgement.level === "strong" ||
    (empathy.acknowledgement.level === "weak" && !empathy.acknowledgement.evidence.every((said) => BARE_THANKS.test(said.toLowerCase())));
  const handled = mustStop.active && (mustStop.response.explainedRoute || mustStop.response.paused) && acknowledged;
  if (handled) add("must_stop_handled", empathy.acknowledgement.evidence[0] ?? opening);
  else if (showsEmpathy(empathy)) {
    add(
      "empathy_shown",
      [empathy.acknowledgement, empathy.understanding, empathy.exploration].find((item) => item.level === "strong")?.evidence[0] ?? empathy.acknowledgement.evidence[0],
    );
  }
  // A waiver that expires at a false deadline, or a pause sold for a fee, is a tactic, not forbearance.
  const tainted = analysis.deceptions.filter((item) => item.kind === "fake_deadline" || item.kind === "improper_payment_channel").map((item) => item.evidence);
  // Pausing collection over a dispute, a request to stop or a bankruptcy is the duty at that moment,
  // not a way to pay offered; after a loss, or while debt advice is sought, it is forbearance.
  const pauseIsDuty =
    mustStop.active && mustStop.triggers.some((trigger) => DUTY_TO_PAUSE.has(trigger) || (trigger === "lawyer" && REPRESENTED.test(context.latestCustomerNorm ?? "")));
  const adviserActing = mustStop.active && mustStop.triggers.includes("lawyer");
  // An "offer" made in the same breath as pressing for money now is the pressure, not an option.
  const pressed = signals.some((signal) => PRESSING.has(signal.kind));
  // A plan paid into a personal account is the fraud itself, whatever it is called (CN-FUNDS).
  const fraudulentRoute = analysis.deceptions.some((item) => item.kind === "improper_payment_channel");
  const option =
    pressed || fraudulentRoute
      ? undefined
      : analysis.optionsOffered.find(
          (item) =>
            item.withinPolicy !== false &&
            !(tainted.includes(item.evidence) && (item.kind === "fee_waiver" || item.kind === "deferral")) &&
            !(pauseIsDuty && item.kind === "deferral") &&
            // The customer's own adviser or lawyer named back ("your StepChange reference") is no debt advice offered.
            !(adviserActing && item.kind === "debt_advice") &&
            // "So to confirm: £40 a month, interest frozen": a summary of what was offered and agreed before offers nothing new,
            // whatever words the plan is summed up in ("24 monthly payments" for the hardship plan offered).
            !(context.optionKinds.length > 0 && RECAP.test(extras.text.norm)) &&
            // "so that's £40 a month": said of an option of the same kind offered before.
            !(context.optionKinds.includes(item.kind) && SO_THATS.test(extras.text.norm)),
        );
  if (option) add("options_offered", option.evidence);
  return signals;
}

const SO_THATS = /\bso that's\b/;

const BARE_THANKS = /\bthanks? (?:you )?(?:so much |very much )?for (?:telling|sharing|letting)\b|谢谢(?:您|你)(?:告诉|跟我说)/;

const AS_PROOF = /诚意|证明(?:你|您)|不是(?:想)?(?:跑|躲|赖)|表个态|态度|\b(?:good faith|sincer\w*|proof|prove|show (?:us|me) you(?:'re| are) serious|serious about)\b/;

/** A turn that sums up what was agreed ("我总结一下", "so to confirm", "Done: …"). */
const RECAP =
  /总结(?:一)?下|总结返|复述(?:一遍|一下)|捋(?:一遍|一下)|(?:已经|都)记(?:上|下|好)了|确认一下|确认返|记录一下|我记一下|跟您(?:再)?核对一下(?!身份)|^\s?(?:好|好的|那|那好|行)?[,\s]*(?:那)?(?:您|你)?(?:明天|这周|这两天)|\b(?:so to (?:confirm|recap|summari[sz]e|sum up)|to (?:recap|sum up)|just to confirm|here's (?:what we've got|where we are)|heres (?:what weve got|where we are)|i'll send (?:you )?a letter confirming)\b|\b(?:so|done|great): /;

const PRESSING = new Set<TSignalKind>(["lump_sum_pressure", "beyond_stated_means", "hardship_pressed", "deadline_demanded", "borrow_or_sell"]);
const DUTY_TO_PAUSE = new Set<TMustStopTrigger>(["dispute", "stop_contact", "bankruptcy"]);
/** Someone acting for the customer (an attorney, a debt adviser already handling it): pausing is the duty too. */
const REPRESENTED =
  /律师|代理|\b(?:attorney|lawyer|solicitor|represent\w*|acting for me|handling (?:it|my debts)|dealing with (?:it|them|my debts)|breathing space|reference number|case number|debt management plan|dmp|contact everyone (?:i owe|for me))\b/;
const GRAVE = new Set<TSignalKind>([
  "debt_disclosed_to_third_party",
  "third_party_asked_to_pay",
  "threat_violence",
  "threat_intimidation",
  "threat_exposure",
  "threat_prison",
  "threat_seizure",
  "threat_legal_action",
  "threat_harassment",
  "impersonation",
  "fake_legal_process",
  "abuse",
]);
const UNIDENTIFYING = new Set<TSignalKind>(["impersonation", "debt_disclosed_to_third_party"]);

/**
 * Strong acknowledgement of feelings, or mechanisms adding up to three points with feelings
 * acknowledged or the situation explored: reflecting words back alone is not empathy.
 */
function showsEmpathy(empathy: TAnalysis["empathy"]): boolean {
  const points = LEVEL_POINTS[empathy.acknowledgement.level] + LEVEL_POINTS[empathy.understanding.level] + LEVEL_POINTS[empathy.exploration.level];
  const engaged = empathy.acknowledgement.level !== "none" || empathy.exploration.level === "strong";
  return empathy.acknowledgement.level === "strong" || (points >= 3 && engaged);
}

/** The turn's first sentence (capped), quoted when a finding is about the turn as a whole. */
export function openingWords(text: TTurnText): string {
  const first = text.sentences[0];
  return first ? evidenceOf(text, { start: first.start, end: first.start, sentence: first, clause: first }) : text.original;
}

function firstQuestion(text: TTurnText): string | undefined {
  const question = text.sentences.find((span) => text.norm[span.end] === "?");
  return question ? quoteOf(text, question.start, question.end + 1).trim() : undefined;
}
