import { outcomeOf, phaseOf, type TPersonaSnapshot } from "./customer-decision";

const round = (value: number) => Math.round(value * 100) / 100;

/** The persona's state for reports and `simulate --json`: phase, moods, disclosures, commitment. */
export function summarisePersona(snapshot: TPersonaSnapshot) {
  const { context } = snapshot;
  return {
    archetype: context.params.archetype,
    coreArchetype: context.params.core,
    phase: phaseOf(snapshot),
    outcome: outcomeOf(snapshot),
    trust: round(context.trust),
    anger: round(context.anger),
    understanding: round(context.understanding),
    willingness: round(context.willingness),
    capacity: round(context.capacity),
    onTheLine: context.party,
    identityConfirmed: context.identity.confirmed,
    disclosed: [...context.disclosed],
    mustStop: context.params.mustStop ? { kind: context.params.mustStop.kind, ...context.mustStop } : null,
    commitment: context.commitment,
    turns: context.turn,
    patienceLeft: context.patienceLeft,
  };
}
export type TPersonaSummary = ReturnType<typeof summarisePersona>;
