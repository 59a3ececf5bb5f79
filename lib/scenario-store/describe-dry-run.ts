import { moodTimeline, type TMoodTurn } from "../calls/mood-timeline";
import type { TSimulatedCall } from "../conversation/simulate-call";
import type { TScenario } from "../scenarios/scenario-schema";
import { textIn } from "../i18n/localized-text";

/**
 * What a trainer checks in a dry run beside the transcript and the report: the customer's mood
 * over the call (the same curve a trainee's report shows) and which hidden facts the call reached.
 */
export function describeDryRun(scenario: TScenario, call: TSimulatedCall) {
  const { turns } = call.transcript;
  // The mood of each reply, in the order the trainee lines were played: the customer turn after the k-th agent turn.
  let agentTurns = 0;
  const moodTurns: TMoodTurn[] = turns.map((turn, index) => {
    if (turn.speaker === "agent") agentTurns++;
    const mood = turn.speaker === "customer" && agentTurns > 0 && turns[index - 1]?.speaker === "agent" ? call.moods[agentTurns - 1] : null;
    return { index, speaker: turn.speaker, mood };
  });
  const disclosed = new Set(call.persona.disclosed);
  return {
    outcome: call.outcome,
    turns: turns.map((turn, index) => ({ ...turn, mood: moodTurns[index]?.mood ?? null })),
    report: call.report,
    persona: call.persona,
    unplayedLines: call.unplayedLines,
    passed: call.report.result?.passed ?? false,
    mood: moodTimeline(moodTurns),
    hiddenFacts: scenario.hidden.disclosures.map((fact) => ({
      id: fact.id,
      fact: textIn(fact.fact, scenario.language) ?? Object.values(fact.fact)[0] ?? "",
      reached: disclosed.has(fact.id),
    })),
  };
}
export type TDryRunView = ReturnType<typeof describeDryRun>;
