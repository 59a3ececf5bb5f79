import { getAdjacencyMap, type AdjacencyValue } from "@xstate/graph";
import type { ActorLogic } from "xstate";
import { describe, expect, it } from "vitest";
import type { TPersonaSnapshot } from "../../lib/persona/customer-decision";
import type { TPersonaEvent } from "../../lib/persona/persona-events";
import { FINAL_PHASES, personaMachine } from "../../lib/persona/persona-machine";
import { toPersonaParams, type TPersonaParams } from "../../lib/persona/persona-params";
import { loadScenarioFolder } from "../../lib/scenarios/load-scenario-folder";
import { playTurn, startPersona } from "./support/persona-driver";
import { TURNS, type TTurnName } from "./support/turns";

/**
 * Model-based walk: every state reachable with representative trainee turns, for each shipped
 * scenario's parameters plus variants. One graph edge is one whole trainee turn (observations and
 * turn.end) or the trainee hanging up, since customers react per turn. Moods are bucketed so the
 * walk ends; invariants are checked on every edge.
 */
type TTurnEvent = { type: TTurnName | "hang_up" };

const turnLogic: ActorLogic<TPersonaSnapshot, TTurnEvent, TPersonaParams> = {
  getInitialSnapshot: (_scope, input) => startPersona(input),
  transition: (snapshot, event) => playTurn(snapshot, event.type === "hang_up" ? [{ type: "call.ended_by_agent" } as TPersonaEvent] : TURNS[event.type]),
  getPersistedSnapshot: (snapshot) => snapshot,
};

/** Lying and lump-sum pressure move the same dials as threats; the walk leaves them to the unit tests. */
const WALKED: TTurnName[] = (Object.keys(TURNS) as TTurnName[]).filter((name) => !["deceive", "pressLumpSum", "explainAccurately"].includes(name));
const EVENTS: TTurnEvent[] = [...WALKED.map((type) => ({ type })), { type: "hang_up" }];
const bucket = (value: number) => Math.round(value * 3);

function serialise(snapshot: TPersonaSnapshot): string {
  const { context: c } = snapshot;
  return JSON.stringify([
    snapshot.value,
    bucket(c.trust),
    bucket(c.anger),
    c.party,
    c.identity.confirmed,
    c.disclosed.length,
    c.mustStop,
    c.commitment !== null,
    c.offer !== null,
    c.patienceLeft > 1,
    c.askedForDebtor > 0,
  ]);
}

const COMMITTED = new Set(["committed", "promise_to_pay", "plan_agreed"]);
const ALL_PHASES = Object.keys(personaMachine.config.states ?? {}).filter((phase) => phase !== "ringing");

/** One shipped scenario per archetype, each kind of third party, each must-stop trigger, and a third party who never passes the phone. */
async function parameterisations(): Promise<[string, TPersonaParams][]> {
  const shipped = (await loadScenarioFolder()).map(({ scenario }) => [scenario.id, toPersonaParams(scenario)] as [string, TPersonaParams]);
  const seen = new Set<string>();
  const representative = shipped.filter(([, params]) => {
    const key = [params.archetype, params.answeredBy.passesPhone, params.mustStop?.trigger].join("/");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const [id, base] = shipped.find(([, params]) => params.answeredBy.party === "third_party")!;
  return [...representative, [`${id} (never passes the phone)`, { ...base, answeredBy: { party: "third_party", passesPhone: "never" } }]];
}

describe("persona machine, walked", async () => {
  const cases = await parameterisations();
  const visited = new Set<string>();

  it.each(cases)("keeps its invariants in every reachable state: %s", (_id, params) => {
    const map = getAdjacencyMap(turnLogic, { input: params, events: EVENTS, serializeState: serialise, limit: 200_000 });
    const states: AdjacencyValue<TPersonaSnapshot, TTurnEvent>[] = Object.values(map);
    expect(states.length).toBeGreaterThan(5);
    for (const { state, transitions } of states) {
      visited.add(String(state.value));
      for (const { state: next } of Object.values(transitions)) {
        const phase = String(next.value);
        visited.add(phase);
        // Final states are final.
        if (state.status === "done") expect(next).toBe(state);
        expect(next.status === "done").toBe((FINAL_PHASES as readonly string[]).includes(phase));
        // Hidden facts only to the cardholder, once verified, and at their minimum trust.
        for (const id of next.context.disclosed.filter((fact) => !state.context.disclosed.includes(fact))) {
          expect(next.context.trust).toBeGreaterThanOrEqual(params.disclosures.find((fact) => fact.id === id)!.minTrust);
          expect(next.context.party).toBe("debtor");
          expect(next.context.identity.confirmed).toBe(true);
        }
        // No promise while angry, and none beyond what they can pay but the timid one's yes to anything.
        if (COMMITTED.has(phase)) {
          expect(next.context.anger).toBeLessThan(params.profile.commitAngerMax);
          const { amount, months } = next.context.commitment!;
          if (params.profile.overCapacity !== "overpromise") expect(amount ?? 0).toBeLessThanOrEqual(months === null ? params.money.canPayToday : params.money.canPayMonthly);
          expect(next.context.mustStop.status === "active" || next.context.mustStop.status === "handled").toBe(false);
        }
        if (COMMITTED.has(phase) && !COMMITTED.has(String(state.value))) {
          expect(next.context.trust).toBeGreaterThanOrEqual(params.profile.commitTrust);
        }
        // Every reply says something.
        expect(next.context.reply.acts.length).toBeGreaterThan(0);
      }
    }
  });

  it("reaches every state of the machine across the parameterisations", () => {
    expect([...visited].sort()).toEqual([...ALL_PHASES].sort());
  });
});
