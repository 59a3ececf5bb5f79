import { playAgentTurn } from "../lib/conversation/play-agent-turn";
import { startConversation } from "../lib/conversation/start-conversation";
import type { TConversationState } from "../lib/conversation/conversation-state-schema";
import { createLlmClient } from "../lib/llm/create-llm-client";
import { streamChat } from "../lib/llm/stream-chat";
import { createLlmVoice } from "../lib/roleplay/llm-voice";
import type { TVoice } from "../lib/roleplay/voice";
import { getScenarioOrThrow } from "../lib/scenarios/get-scenario";
import type { TScenario } from "../lib/scenarios/scenario-schema";
import { startOpenAiTestServer } from "../test/support/openai-test-server";
import { compliantScript } from "../test/persona/support/agent-scripts";

/**
 * Time from a trainee's line to the first chunk of the customer's reply: analysis, persona machine
 * (restored from its JSON snapshot, as the web app does per turn) and voice. Offline voice: the
 * whole path. LLM voice: Parley's overhead = first chunk through Parley − first chunk straight from
 * the SDK, against the local test server answering after a fixed delay.
 */
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `median ${percentile(sorted, 0.5).toFixed(2)} ms, p95 ${percentile(sorted, 0.95).toFixed(2)} ms (n=${sorted.length})`;
};

/** States just before each line of a compliant call, so every phase of the call is measured. */
async function statesBeforeEachLine(scenario: TScenario, lines: string[]): Promise<TConversationState[]> {
  let { state } = startConversation(scenario, { seed: 1 });
  const states: TConversationState[] = [];
  for (const line of lines) {
    states.push(JSON.parse(JSON.stringify(state)));
    state = (await playAgentTurn(state, line, { scenario }).done).state;
  }
  return states;
}

async function firstChunk(state: TConversationState, line: string, scenario: TScenario, voice?: TVoice): Promise<number> {
  const started = performance.now();
  const played = playAgentTurn(state, line, { scenario, voice });
  for await (const _chunk of played.stream) break;
  const elapsed = performance.now() - started;
  await played.done;
  return elapsed;
}

async function offline(scenarios: TScenario[]) {
  const times: number[] = [];
  for (const scenario of scenarios) {
    const lines = compliantScript(scenario);
    const states = await statesBeforeEachLine(scenario, lines);
    for (let round = 0; round < 30; round++) {
      for (const [index, state] of states.entries()) times.push(await firstChunk(state, lines[index]!, scenario));
    }
  }
  console.log(`offline voice, trainee turn → first chunk: ${summary(times.slice(50))}  (aim: p95 < 50 ms)`);
}

async function llmOverhead(scenario: TScenario) {
  const DELAY_MS = 80;
  const server = await startOpenAiTestServer(() => ({ kind: "text", chunks: ["是我。", "你是哪里?"], firstByteDelayMs: DELAY_MS }));
  try {
    const settings = { baseURL: server.url, apiKey: "bench", model: "bench", timeoutMs: 5000, firstByteTimeoutMs: 5000 };
    const client = createLlmClient(settings)!;
    const voice = createLlmVoice({ client, model: "bench", timeoutMs: 5000, firstByteTimeoutMs: 5000 });
    const lines = compliantScript(scenario);
    const [state] = await statesBeforeEachLine(scenario, lines.slice(0, 1));
    const direct: number[] = [];
    const throughParley: number[] = [];
    for (let i = 0; i < 60; i++) {
      const started = performance.now();
      for await (const _delta of streamChat({ client, model: "bench", messages: [{ role: "user", content: "hi" }], timeoutMs: 5000 })) break;
      direct.push(performance.now() - started);
      throughParley.push(await firstChunk(state!, lines[0]!, scenario, voice));
    }
    const median = (times: number[]) =>
      percentile(
        [...times].sort((a, b) => a - b),
        0.5,
      );
    const p95 = (times: number[]) =>
      percentile(
        [...times].sort((a, b) => a - b),
        0.95,
      );
    console.log(`LLM voice, provider answering after ${DELAY_MS} ms: direct SDK first chunk ${summary(direct.slice(10))}`);
    console.log(`LLM voice, trainee turn → first checked chunk through Parley: ${summary(throughParley.slice(10))}`);
    console.log(
      `LLM voice, overhead Parley adds: median ${(median(throughParley.slice(10)) - median(direct.slice(10))).toFixed(2)} ms, p95 ${(p95(throughParley.slice(10)) - p95(direct.slice(10))).toFixed(2)} ms  (aim: < 20 ms)`,
    );
  } finally {
    await server.close();
  }
}

export default async function bench() {
  const scenarios = await Promise.all(["zh-hardship-factory-shutdown", "us-know-it-all-realtor", "zh-hardship-restaurant-closed"].map((id) => getScenarioOrThrow(id)));
  await offline(scenarios);
  await llmOverhead(scenarios[0]!);
}
