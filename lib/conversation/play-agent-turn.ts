import { transition } from "xstate";
import { customerDecision, outcomeOf, type TPersonaSnapshot } from "../persona/customer-decision";
import type { TCustomerDecision, TOutcome } from "../persona/customer-decision-schema";
import { personaMachine } from "../persona/persona-machine";
import type { TObservation } from "../persona/persona-events";
import { persistPersona, restorePersona } from "../persona/restore-persona";
import { identityDetailAsked } from "../roleplay/identity-details";
import { asksAboutArrangements, asksForTheCardholder, asksIfAffordable, asksIfAnythingElse, asksWhen, factsInQuestion, offersSomething } from "../persona/facts-asked-about";
import { asksPolitelyForTheCardholder, nameAsked } from "../persona/name-asked";
import { readApology } from "../persona/read-apology";
import { toPersonaEvents } from "../persona/to-persona-events";
import { offlineVoice } from "../roleplay/offline-voice";
import type { TVoice, TVoiceName } from "../roleplay/voice";
import type { TScenario } from "../scenarios/scenario-schema";
import { analyseTurn } from "../scoring/analyse-turn";
import type { TTurnAnalysis } from "../scoring/turn-analysis-schema";
import type { TTranscript } from "../transcript/transcript-schema";
import { ConversationError } from "./conversation-error";
import type { TConversationState } from "./conversation-state-schema";

export type PlayAgentTurnOptions = {
  scenario: TScenario;
  /** The role-player that words the reply; the offline voice when omitted. */
  voice?: TVoice;
  /** What a second reader (a language model) saw in the turn beyond the offline reading: added, never subtracted. */
  extraObservations?: readonly TObservation[];
  signal?: AbortSignal;
};

export type TTurnResult = {
  state: TConversationState;
  decision: TCustomerDecision;
  analysis: TTurnAnalysis;
  customerText: string;
  outcome: TOutcome | null;
  ended: boolean;
  voiceUsed: TVoiceName;
  fallbackReason?: string;
};

export type TPlayedTurn = {
  /** The decision is known before a word is said: the UI may show the mood at once. */
  decision: TCustomerDecision;
  stream: AsyncIterable<string>;
  /** Settles with the next state once the reply is complete, whether or not the stream is read. */
  done: Promise<TTurnResult>;
};

/** Feeds one analysed trainee turn to the machine, pure: the same state, words and extra observations give the same snapshot. */
export function reactToTurn(snapshot: TPersonaSnapshot, analysis: TTurnAnalysis, extra: readonly TObservation[] = []): TPersonaSnapshot {
  const offline = toPersonaEvents(analysis);
  // The extra observations join the turn before its end, so the customer reacts to everything at once.
  const events = [...offline.slice(0, -1), ...extra, ...offline.slice(-1)];
  return events.reduce((current, event) => transition(personaMachine, current, event)[0], snapshot);
}

/**
 * Plays one trainee line: the scorer's analysis of it becomes persona events, the machine decides,
 * the voice words the decision. The state passed in is not changed; `done` gives the next one.
 */
export function playAgentTurn(state: TConversationState, agentText: string, options: PlayAgentTurnOptions): TPlayedTurn {
  const { scenario, voice = offlineVoice, signal, extraObservations = [] } = options;
  if (state.ended) throw new ConversationError("ended", "the call has ended; start a new one");
  if (state.scenarioId !== scenario.id) throw new ConversationError("wrong_scenario", `this call is for scenario ${state.scenarioId}, not ${scenario.id}`);
  if (agentText.trim() === "") throw new ConversationError("empty_turn", "say something first");

  const transcript: TTranscript = { ...state.transcript, turns: [...state.transcript.turns, { speaker: "agent", text: agentText }] };
  const analysis = analyseTurn(transcript, transcript.turns.length - 1);
  // "The last four of your Social Security number?" checks who they are: it asks about no fact (their Social Security income).
  const checksIdentityDetail = analysis.asksToVerifyIdentity && identityDetailAsked(agentText) !== undefined;
  const facts = analysis.questionAsked && !checksIdentityDetail ? factsInQuestion(agentText, scenario) : undefined;
  // "Is 1845 S Los Alamos in Mesa still the right address?", "Would you like a letter?": about the call, so a word
  // shared with something they keep to themselves ("summer in Mesa", "the council's letter") does not draw it out.
  const aboutTheCall = asksAboutArrangements(agentText) || offersSomething(agentText);
  const askedAbout: TObservation[] = facts
    ? [
        {
          type: "agent.asked_about",
          factIds: facts.named,
          leaning: aboutTheCall ? [] : facts.leanedOn,
          arrangement: asksAboutArrangements(agentText),
          when: asksWhen(agentText),
          offer: offersSomething(agentText),
          anythingElse: asksIfAnythingElse(agentText),
          affordable: asksIfAffordable(agentText),
        },
      ]
    : [];
  const before = restorePersona(state.persona);
  const askedForCardholder = asksForTheCardholder(agentText) || (before.context.party === "third_party" && asksPolitelyForTheCardholder(agentText, scenario));
  const forDebtor: TObservation[] = askedForCardholder ? [{ type: "agent.asked_for_debtor" }] : [];
  // "Is this Frank Russo?" to Rosa Delgado asks for someone else; "Ms Delgado?", "周女士吗?" for her.
  const name = nameAsked(agentText, scenario, before.context.party);
  // Whoever picked up hears their own name or the cardholder's as the scorer does; only a stranger's name is news to them.
  const heard = name === "wrong" || (name === "right" && before.context.party === "debtor");
  const forName: TObservation[] = heard ? [{ type: "agent.asked_for_name", answersTo: name === "right" }] : [];
  const apology = readApology(agentText);
  const apologised: TObservation[] = apology ? [{ type: "agent.apologised", owned: apology.said === "owned", amends: apology.amends }] : [];
  const snapshot = reactToTurn(before, analysis, [...askedAbout, ...forDebtor, ...forName, ...apologised, ...extraObservations]);
  const decision = customerDecision(snapshot);
  const reply = voice.speak({ scenario, decision, transcript: transcript.turns, seed: state.seed, turn: state.turn, signal });

  const done = reply.done.then((result): TTurnResult => {
    const outcome = outcomeOf(snapshot);
    const next: TConversationState = {
      ...state,
      turn: state.turn + 1,
      persona: persistPersona(snapshot),
      transcript: { ...transcript, turns: [...transcript.turns, { speaker: "customer", text: result.text, party: decision.party }] },
      ended: outcome !== null,
      outcome,
    };
    return { state: next, decision, analysis, customerText: result.text, outcome, ended: next.ended, ...result };
  });
  return { decision, stream: reply.stream, done };
}
