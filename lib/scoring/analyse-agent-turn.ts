import type { TLanguage } from "../transcript/transcript-schema";
import { listenerIsConsumer, type TCallContext } from "./call-context";
import { detectAbuse } from "./detect-abuse";
import { detectAmounts } from "./detect-amounts";
import { misstatedRecordYears } from "./detect-record-claims";
import { detectCallBack, saysFarewell } from "./detect-call-back";
import { detectDebtMention } from "./detect-debt-mention";
import { detectDeception } from "./detect-deception";
import { detectEmpathy } from "./detect-empathy";
import { findIdentityChecks } from "./detect-identity-check";
import { detectLegalClaims } from "./detect-legal-claims";
import { detectMustStopResponse, takesUpOwnOffer } from "./detect-must-stop-response";
import { detectOptions } from "./detect-options";
import { defersPayment, detectPaymentRequest, payingWords } from "./detect-payment-request";
import { detectPressure, disputeOverriddenWords, hardshipDismissedWords } from "./detect-pressure";
import { dismissalWords, hardshipPressingWords } from "./find-adapt-moment";
import { findQuestions } from "./detect-questions";
import { detectSelfIdentification } from "./detect-self-identification";
import { detectContactsDemand, detectThirdPartyPayment } from "./detect-third-party-payment";
import { detectThreats } from "./detect-threats";
import { buildFindings } from "./build-findings";
import { learnedAdditions } from "./learned/learned-additions";
import type { TLoadedRuleset } from "./load-ruleset";
import { evidenceOf } from "./match/find-hits";
import type { TSpan, TTurnText } from "./match/turn-text";
import { openingWords, signalsForTurn } from "./signals-for-turn";
import { summariseTurn } from "./summarise-turn";
import type { TTurnAnalysis } from "./turn-analysis-schema";

const ASKS_FOR_PERSON = /^may i (?:please )?(?:speak|talk) (?:to|with)$/;

export type TAnalyseOptions = { ruleset: TLoadedRuleset; reportLanguage: TLanguage };

/** Analyses one agent turn in the context of the call before it. Pure: the context is not changed. */
export function analyseAgentTurn(turn: number, text: TTurnText, context: TCallContext, options: TAnalyseOptions): TTurnAnalysis {
  const facts = context.facts;
  const threats = detectThreats(text);
  const legal = detectLegalClaims(text);
  const offered = detectOptions(text, facts);
  const amounts = detectAmounts(text, facts, context.latestCustomerNorm, context.customerFigures);
  const questions = findQuestions(text);
  const identityChecks = findIdentityChecks(text, facts?.debtorName);
  const questionTopics = [...new Set(questions.flatMap((question) => question.topics))];
  const lexiconPressure = detectPressure(text, questionTopics.includes("other_debts"));
  const paymentRequest = detectPaymentRequest(text, amounts.parsed);
  const isConsumer = listenerIsConsumer(context);
  // "You say it isn't yours; pay first and dispute it later": the line itself tells of the dispute it overrides.
  const overridden = disputeOverriddenWords(text);
  const triggers: TCallContext["mustStop"] = overridden && !context.mustStop.includes("dispute") ? [...context.mustStop, "dispute"] : context.mustStop;
  const mustStopActive = triggers.length > 0;
  // At a must-stop moment "we'll keep calling" is the must-stop breach itself, not a separate threat.
  const allThreats = [...threats.threats, ...legal.threats].filter((threat) => !(mustStopActive && threat.kind === "harassment"));
  const deceptions = [...legal.deceptions, ...detectDeception(text, { inHouse: facts?.inHouse === true }), ...offered.deceptions, ...enforcementMisstatements(allThreats)];
  // A deadline is pressure whether or not it is real (interfaces.md); an invented one is a lie as well.
  const fakeDeadlines = deceptions.filter((deception) => deception.kind === "fake_deadline").map((deception) => deception.evidence);
  const pressure = { ...lexiconPressure, deadline: [...lexiconPressure.deadline, ...fakeDeadlines] };
  const thirdPartyAskedToPay = context.listener.party === "third_party" && !isConsumer && detectThirdPartyPayment(text);
  // Talk of paying now matters only at a stop or adapt moment; read it once, and only then.
  const paying = mustStopActive || context.hardship ? payingWords(text, context.latestCustomerNorm) : undefined;
  // What presses for payment, in the words that do it: a finding quotes these, never the condolence beside them.
  const pressingWords = mustStopActive
    ? [
        overridden,
        paymentRequest?.evidence,
        ...pressure.lumpSum,
        ...pressure.deadline,
        ...pressure.borrowOrSell,
        ...threats.threats.map((threat) => threat.evidence),
        ...legal.threats.map((threat) => threat.evidence),
        ...deceptions.map((deception) => deception.evidence),
        ...questions.filter((question) => question.topics.includes("payment_capacity")).map((question) => spanEvidence(text, question.span)),
        paying,
        dismissalWords(text),
        hardshipDismissedWords(text),
        thirdPartyAskedToPay ? openingWords(text) : undefined,
      ].filter((words): words is string => words !== undefined)
    : [];
  // A partial dispute: the customer offered to pay the part they agree with, and the collector records
  // that offer while the disputed part is on hold. Only a dispute leaves an undisputed part to take up.
  const partialDispute = triggers.length > 0 && triggers.every((trigger) => trigger === "dispute");
  const pressing = partialDispute ? pressingWords.filter((words) => !takesUpOwnOffer(text, words)) : pressingWords;
  const beyondMeans = askedBeyondMeans(paymentRequest, context.statedMeans);
  const hardshipWords =
    context.hardship && !mustStopActive
      ? hardshipPressingWords(text, paymentRequest?.evidence ?? paying, (paymentRequest?.amount ?? null) !== null, questionTopics.includes("payment_capacity"))
      : undefined;
  // Hardship named and brushed aside in the collector's own words presses whether or not the customer's telling was read.
  const dismissed = mustStopActive ? undefined : (hardshipWords ?? hardshipDismissedWords(text));
  const hardshipPressed = dismissed === undefined ? [] : [dismissed];

  const partial: Omit<TTurnAnalysis, "summary" | "learned" | "findings"> = {
    turn,
    language: context.language,
    ruleset: context.ruleset,
    listener: { ...context.listener, isConsumer },
    identityVerifiedBefore: context.identityVerified,
    asksToVerifyIdentity: identityChecks.length > 0,
    selfIdentification: detectSelfIdentification(text, facts?.agency),
    debtMention: stripPosition(detectDebtMention(text, facts?.debtorName, amounts.parsed.length > 0)),
    threats: allThreats,
    reassurances: threats.reassurances,
    lawfulConsequences: [...legal.lawfulConsequences, ...threats.lawful.map((evidence) => ({ kind: "legal_action" as const, evidence }))],
    deceptions,
    abuse: detectAbuse(text),
    pressure: { ...pressure, mustStopIgnored: pressing.length > 0, pressing, beyondMeans, hardshipPressed },
    thirdPartyAskedToPay,
    contactsDemanded: detectContactsDemand(text),
    amounts: amounts.amounts,
    empathy: detectEmpathy(text, questions, context.latestCustomerNorm),
    questionTopics,
    questionAsked: questions.length > 0,
    openQuestion: questions.some((question) => question.open),
    optionsOffered: withMonthlyAmounts(offered.optionsOffered, amounts.amounts),
    paymentRequest,
    mustStop: {
      active: mustStopActive,
      triggers: [...triggers],
      response: mustStopActive ? detectMustStopResponse(text) : { acknowledged: false, explainedRoute: false, paused: false },
    },
    adaptMoment: { active: context.hardship, statedMeans: context.statedMeans ?? null },
    callBack: detectCallBack(text),
    farewell: saysFarewell(text),
  };
  const wrongRecord = misstatedRecordYears(text, options.ruleset.creditRecordYears);
  // "May I speak with Kevin Alvarez?" asks for the person (the customer answers it), but checks nobody's identity.
  const asksForPersonOnly = identityChecks.length > 0 && identityChecks.every((hit) => ASKS_FOR_PERSON.test(text.norm.slice(hit.start, hit.end)));
  const signals = signalsForTurn(partial, context, { wrongAmounts: amounts.wrongAmounts, wrongOverdue: amounts.wrongOverdue, wrongRecord, text, asksForPersonOnly });
  const ruled = buildFindings(turn, signals, options.ruleset, options.reportLanguage, facts);
  const learned = learnedAdditions(text, context, ruled, {
    listenerIsConsumer: isConsumer,
    asksWhatTheyCanPay: questionTopics.includes("payment_capacity") || paymentRequest?.amount === null,
    offersWithinPolicy: partial.optionsOffered.some((option) => option.withinPolicy === true),
    defersPayment: defersPayment(text),
  });
  const learnedSignals = learned.map((reading) => ({ kind: `learned_${reading.category}` as const, evidence: reading.evidence }));
  return {
    ...partial,
    summary: summariseTurn(partial, options.reportLanguage),
    learned: learned.map((reading) => reading.category),
    findings: [...ruled, ...buildFindings(turn, learnedSignals, options.ruleset, options.reportLanguage, facts)],
  };
}

/** "分12期,每月1200元": the payment said as monthly beside an instalment offer is its monthly amount ("先还500元" is not). */
function withMonthlyAmounts(options: TTurnAnalysis["optionsOffered"], amounts: TTurnAnalysis["amounts"]): TTurnAnalysis["optionsOffered"] {
  return options.map((option) => {
    if (option.kind !== "instalments") return option;
    const monthly = amounts.find((amount) => amount.role === "payment" && amount.perMonth && option.evidence.includes(amount.evidence));
    return monthly ? { ...option, monthly: monthly.value } : option;
  });
}

/** More than 1.25× the most the customer said they can pay (any sum, when they said nothing), asked for as one payment. */
function askedBeyondMeans(request: TTurnAnalysis["paymentRequest"], statedMeans: number | undefined): string[] {
  if (!request || statedMeans === undefined) return [];
  const beyond = statedMeans === 0 ? request.amount === null || request.amount > 0 : request.amount !== null && request.amount > statedMeans * 1.25;
  return beyond ? [request.evidence] : [];
}

const spanEvidence = (text: TTurnText, span: TSpan) => evidenceOf(text, { ...span, sentence: span, clause: span });

/**
 * Threatening arrest, seizure or a lawsuit as if it were imminent or certain also misstates the
 * law (FDCPA §807(4), (5); CN-MISLEAD): ordinary default is civil, enforcement needs a court.
 */
function enforcementMisstatements(threats: TTurnAnalysis["threats"]): TTurnAnalysis["deceptions"] {
  return threats.flatMap((threat): TTurnAnalysis["deceptions"] => {
    if (threat.kind === "prison") return [{ kind: "invented_consequence", evidence: threat.evidence }];
    if (threat.kind === "seizure" || threat.kind === "legal_action") return [{ kind: "fake_legal_process", evidence: threat.evidence }];
    return [];
  });
}

function stripPosition({ firstAt: _firstAt, ...mention }: ReturnType<typeof detectDebtMention>): TTurnAnalysis["debtMention"] {
  return mention;
}
