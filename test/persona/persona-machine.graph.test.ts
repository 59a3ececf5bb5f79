import { getAdjacencyMap, type AdjacencyValue } from "@xstate/graph";
import type { ActorLogic } from "xstate";
import { describe, expect, it } from "vitest";
import type { TPersonaSnapshot } from "../../lib/persona/customer-decision";
import type { TPersonaEvent } from "../../lib/persona/persona-events";
import { FINAL_PHASES, personaMachine } from "../../lib/persona/persona-machine";
import { toPersonaParams, type TPersonaParams } from "../../lib/persona/persona-params";
import { loadScenarioFolder } from "../../lib/scenarios/load-scenario-folder";
import { startPersona, turnEvents } from "./support/persona-driver";
import { TURNS, type TTurnName } from "./support/turns";

/**
 * Model-based walk: every state reachable with representative trainee turns, for each shipped
 * scenario's parameters plus variants. One graph edge is one whole trainee turn (observations and
 * turn.end) or the trainee hanging up, since customers react per turn. Moods are bucketed so the
 * walk ends; invariants are checked on every edge.
 */
type TTurnEvent = { type: TTurnName | "hang_up" };

// The walk's own actor scope is passed to the machine, as @xstate/graph does for a machine: xstate's
// transition() would build a throwaway actor (and its initial state) for each of ~400,000 events.
// The machine spawns, raises and sends nothing, so the scope plays no part in the result.
type TMachineScope = Parameters<typeof personaMachine.transition>[2];
const turnLogic: ActorLogic<TPersonaSnapshot, TTurnEvent, TPersonaParams> = {
  getInitialSnapshot: (_scope, input) => startPersona(input),
  transition: (snapshot, event, scope) =>
    turnEvents(event.type === "hang_up" ? [{ type: "call.ended_by_agent" } as TPersonaEvent] : TURNS[event.type]).reduce(
      (current, observation) => personaMachine.transition(current, observation, scope as unknown as TMachineScope),
      snapshot,
    ),
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
    // Checked as plain conditions and asserted once: an expect() per edge made this the slowest test
    // file. Each broken invariant is listed with the edge that broke it (the first 20 of them).
    const broken: string[] = [];
    let brokenCount = 0;
    for (const { state, transitions } of states) {
      visited.add(String(state.value));
      for (const [event, { state: next }] of Object.entries(transitions)) {
        const phase = String(next.value);
        visited.add(phase);
        const check = (holds: boolean, invariant: string) => {
          if (holds) return;
          brokenCount++;
          if (broken.length < 20) broken.push(`${invariant}: ${serialise(state)} --${event}--> ${serialise(next)}`);
        };
        // Final states are final.
        if (state.status === "done") check(next === state, "a final state changed");
        check((next.status === "done") === (FINAL_PHASES as readonly string[]).includes(phase), "done exactly in a final phase");
        // Hidden facts only to the cardholder, once verified, and at their minimum trust.
        for (const id of next.context.disclosed.filter((fact) => !state.context.disclosed.includes(fact))) {
          check(next.context.trust >= params.disclosures.find((fact) => fact.id === id)!.minTrust, `fact ${id} disclosed below its minimum trust`);
          check(next.context.party === "debtor", `fact ${id} disclosed to a third party`);
          check(next.context.identity.confirmed === true, `fact ${id} disclosed before identity was confirmed`);
        }
        // No promise while angry, and none beyond what they can pay but the timid one's yes to anything.
        if (COMMITTED.has(phase)) {
          check(next.context.anger < params.profile.commitAngerMax, "committed while angry");
          const { amount, months } = next.context.commitment!;
          if (params.profile.overCapacity !== "overpromise") {
            check((amount ?? 0) <= (months === null ? params.money.canPayToday : params.money.canPayMonthly), "committed beyond what they can pay");
          }
          check(!(next.context.mustStop.status === "active" || next.context.mustStop.status === "handled"), "committed during a must-stop moment");
        }
        if (COMMITTED.has(phase) && !COMMITTED.has(String(state.value))) {
          check(next.context.trust >= params.profile.commitTrust, "committed below the trust to commit");
        }
        // Every reply says something.
        check(next.context.reply.acts.length > 0, "a reply with no act");
      }
    }
    expect(broken, `${brokenCount} invariant(s) broken`).toEqual([]);
  });

  it("reaches every state of the machine across the parameterisations", () => {
    expect([...visited].sort()).toEqual([...ALL_PHASES].sort());
  });
});
