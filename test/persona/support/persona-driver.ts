import { initialTransition, transition } from "xstate";
import { customerDecision, type TPersonaSnapshot } from "../../../lib/persona/customer-decision";
import type { TPersonaEvent } from "../../../lib/persona/persona-events";
import { personaMachine } from "../../../lib/persona/persona-machine";
import type { TPersonaParams } from "../../../lib/persona/persona-params";
import type { TTurnAnalysis } from "../../../lib/scoring/turn-analysis-schema";

/** Drives the persona machine directly, one trainee turn (a list of observations) at a time. */
export function startPersona(params: TPersonaParams): TPersonaSnapshot {
  return initialTransition(personaMachine, params)[0];
}

export function playTurn(snapshot: TPersonaSnapshot, observations: readonly TPersonaEvent[]): TPersonaSnapshot {
  return turnEvents(observations).reduce((current, event) => transition(personaMachine, current, event)[0], snapshot);
}

/** A trainee turn's observations, closed by turn.end unless the turn already ends or ends the call. */
export function turnEvents(observations: readonly TPersonaEvent[]): readonly TPersonaEvent[] {
  const last = observations.at(-1)?.type;
  return last === "turn.end" || last === "call.ended_by_agent" ? observations : [...observations, { type: "turn.end" as const }];
}

export const decisionOf = customerDecision;

/** A trainee turn that did nothing, to be overridden field by field: the analysis tests fabricate. */
export function blankAnalysis(overrides: Partial<TTurnAnalysis> = {}): TTurnAnalysis {
  const none = { level: "none" as const, evidence: [] };
  return {
    turn: 1,
    language: "zh-CN",
    ruleset: "cn",
    listener: { party: "debtor", relation: "self", isConsumer: true, source: "transcript" },
    identityVerifiedBefore: false,
    asksToVerifyIdentity: false,
    selfIdentification: { name: false, agency: false, creditor: false, debtCollector: false, purposeStatement: false, evidence: [] },
    debtMention: { mentioned: false, about: "unspecified", byAgencyName: false, evidence: [] },
    threats: [],
    reassurances: [],
    lawfulConsequences: [],
    deceptions: [],
    abuse: [],
    pressure: { borrowOrSell: [], lumpSum: [], deadline: [], mustStopIgnored: false, pressing: [], beyondMeans: [], hardshipPressed: [] },
    thirdPartyAskedToPay: false,
    contactsDemanded: false,
    amounts: [],
    empathy: { acknowledgement: none, understanding: none, exploration: none },
    questionTopics: [],
    questionAsked: false,
    optionsOffered: [],
    paymentRequest: null,
    mustStop: { active: false, triggers: [], response: { acknowledged: false, explainedRoute: false, paused: false } },
    adaptMoment: { active: false, statedMeans: null },
    callBack: { requested: false, leavesContact: false, evidence: [] },
    farewell: false,
    openQuestion: false,
    summary: "",
    learned: [],
    findings: [],
    ...overrides,
  };
}
