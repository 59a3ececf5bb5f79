import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { playAgentTurn } from "../../lib/conversation/play-agent-turn";
import { startConversation } from "../../lib/conversation/start-conversation";
import { createLlmClient } from "../../lib/llm/create-llm-client";
import type { TModelAct } from "../../lib/persona/model-reading-schema";
import { createModelReader } from "../../lib/persona/turn-reader";
import { getScenarioOrThrow } from "../../lib/scenarios/get-scenario";
import { startOpenAiTestServer, type TOpenAiTestServer, type TScriptedReply } from "../support/openai-test-server";

/** Issue "Customers who listen", item 6: a model reads the turn into the act schema, through the real openai SDK. */
const scenario = await getScenarioOrThrow("us-confused-balance-grew");
const OPENING = [
  "Hi, is this Marcus Bell?",
  "This is Dana Price with Meridian Recovery Services, calling for Cobalt Bank. This is an attempt to collect a debt. Can you confirm your date of birth?",
];
/** A veiled threat of exposure the offline patterns do not know. */
const VEILED = "You know how people talk at church.";

let server: TOpenAiTestServer;
let next: TScriptedReply = { kind: "text", text: '{"acts":[]}' };
beforeAll(async () => {
  server = await startOpenAiTestServer(() => next);
});
afterAll(() => server.close());

const reader = () => {
  const client = createLlmClient({ baseURL: server.url, apiKey: "test-key", model: "reader-test", timeoutMs: 20_000, firstByteTimeoutMs: 20_000 });
  return createModelReader({ client: client!, model: "reader-test", timeoutMs: 20_000 });
};

const act = (overrides: Partial<TModelAct>): TModelAct => ({
  kind: "threat",
  quote: VEILED,
  threat: null,
  deception: null,
  topics: [],
  amount: null,
  months: null,
  date: null,
  ...overrides,
});

async function afterOpening() {
  let { state } = startConversation(scenario, { seed: 5 });
  for (const line of OPENING) state = (await playAgentTurn(state, line, { scenario }).done).state;
  return state;
}

/** Reads `line` with the model answering `reply`, then plays it: the customer's decision and the reading. */
async function play(line: string, reply: TScriptedReply) {
  next = reply;
  const state = await afterOpening();
  const reading = await reader().read({ scenario, transcript: state.transcript.turns, agentText: line });
  const result = await playAgentTurn(state, line, { scenario, extraObservations: reading.observations }).done;
  return { reading, decision: result.decision };
}

const answer = (acts: TModelAct[]): TScriptedReply => ({ kind: "text", text: JSON.stringify({ acts }) });
const CALM = ["neutral", "calmer", "relieved"];

describe("the model reader", () => {
  it("lets the customer hear a veiled threat the patterns miss", async () => {
    const offline = await play(VEILED, answer([]));
    expect(CALM).toContain(offline.decision.mood);
    const read = await play(VEILED, answer([act({ threat: "exposure" })]));
    expect(read.reading.readerUsed).toBe("llm");
    expect(read.decision.acts.map((each) => each.kind)).toContain("challenge");
    expect(CALM).not.toContain(read.decision.mood);
    // The turn goes to the model as data in the user message, never into the instructions.
    const body = server.requests.at(-1)!.body;
    expect(JSON.parse(String(body.messages.at(-1)!.content)).collectorSaid).toBe(VEILED);
    expect(String(body.messages[0]!.content)).not.toContain(VEILED);
  });

  it("drops an act whose quote is not in the turn, and a figure the trainee never said", async () => {
    const line = "Could you manage something on Friday?";
    const { reading, decision } = await play(
      line,
      answer([act({ quote: "I will tell your wife", threat: "exposure" }), act({ kind: "proposal", quote: "something on Friday", amount: 900, date: "Friday" })]),
    );
    expect(reading.observations).toEqual([]);
    expect(reading.fallbackReason).toMatch(/2 act\(s\)/);
    expect(decision.acts.some((each) => each.kind === "agree_payment" && each.amount === 900)).toBe(false);
  });

  it("falls back to the offline reading on output it cannot read or a provider error", async () => {
    for (const reply of [
      { kind: "text", text: "not json" },
      { kind: "error", status: 500 },
    ] as TScriptedReply[]) {
      next = reply;
      const state = await afterOpening();
      const reading = await reader().read({ scenario, transcript: state.transcript.turns, agentText: VEILED });
      expect(reading).toMatchObject({ observations: [], readerUsed: "offline" });
      expect(reading.fallbackReason).toMatch(/invalid_output|provider/);
    }
  });
});
