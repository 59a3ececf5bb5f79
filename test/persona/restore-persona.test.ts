import { describe, expect, it } from "vitest";
import { playAgentTurn } from "../../lib/conversation/play-agent-turn";
import { startConversation } from "../../lib/conversation/start-conversation";
import { customerDecision } from "../../lib/persona/customer-decision";
import { MACHINE_VERSION } from "../../lib/persona/persona-machine";
import { persistPersona, PersonaVersionError, restorePersona } from "../../lib/persona/restore-persona";
import { getScenarioOrThrow } from "../../lib/scenarios/get-scenario";
import { compliantScript } from "./support/agent-scripts";

describe("persona snapshots", () => {
  it("round-trip through JSON and decide the next turn exactly as the live state would", async () => {
    const scenario = await getScenarioOrThrow("zh-hardship-factory-shutdown");
    const lines = compliantScript(scenario);
    let { state } = startConversation(scenario, { seed: 5 });
    for (const line of lines.slice(0, 3)) state = (await playAgentTurn(state, line, { scenario }).done).state;

    const stored = JSON.parse(JSON.stringify(state)) as typeof state;
    const restored = restorePersona(JSON.stringify(stored.persona));
    expect(persistPersona(restored)).toEqual(state.persona);

    const [live, fromStore] = await Promise.all([playAgentTurn(state, lines[3]!, { scenario }).done, playAgentTurn(stored, lines[3]!, { scenario }).done]);
    expect(fromStore.decision).toEqual(live.decision);
    expect(fromStore.customerText).toBe(live.customerText);
    expect(fromStore.state).toEqual(live.state);
    expect(customerDecision(restorePersona(fromStore.state.persona))).toEqual(live.decision);
  });

  it("resumes a snapshot stored before the customer's reading gained fields, taking their defaults", async () => {
    const scenario = await getScenarioOrThrow("zh-hardship-factory-shutdown");
    const lines = compliantScript(scenario);
    let { state } = startConversation(scenario, { seed: 5 });
    for (const line of lines.slice(0, 3)) state = (await playAgentTurn(state, line, { scenario }).done).state;
    const stored = JSON.parse(JSON.stringify(state)) as typeof state;
    const pending = (stored.persona.snapshot as unknown as { context: { pending: Record<string, unknown> } }).context.pending;
    for (const added of ["saidGoodbye", "askedAbout", "askedOpen", "askedArrangement", "consequences"]) delete pending[added];
    const next = await playAgentTurn(stored, lines[3]!, { scenario }).done;
    expect(next.customerText.length).toBeGreaterThan(0);
  });

  it("refuses a snapshot written by another machine version, saying so", async () => {
    const scenario = await getScenarioOrThrow("us-confused-balance-grew");
    const { state } = startConversation(scenario, { seed: 1 });
    const old = JSON.stringify({ ...state.persona, machineVersion: MACHINE_VERSION + 1 });
    expect(() => restorePersona(old)).toThrow(PersonaVersionError);
    expect(() => restorePersona(old)).toThrow(/machine version 3.*runs version 2/);
    expect(() => restorePersona(JSON.stringify({ snapshot: state.persona.snapshot }))).toThrow(/version undefined/);
  });

  it("refuses a snapshot whose context is not a persona's", () => {
    expect(() => restorePersona({ machineVersion: MACHINE_VERSION, snapshot: { status: "active", value: "guarded", context: {} } as never })).toThrow();
  });
});
