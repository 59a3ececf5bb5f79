import { playAgentTurn, type TTurnResult } from "../../../lib/conversation/play-agent-turn";
import { startConversation } from "../../../lib/conversation/start-conversation";
import { getScenarioOrThrow } from "../../../lib/scenarios/get-scenario";

/** Plays a trainee's lines against a shipped scenario's offline customer on 7 December 2026, stopping when the call ends. */
export async function playLines(id: string, lines: readonly string[], seed = 7): Promise<TTurnResult[]> {
  const scenario = await getScenarioOrThrow(id);
  let { state } = startConversation(scenario, { seed, callDay: "2026-12-07" });
  const results: TTurnResult[] = [];
  for (const line of lines) {
    if (state.ended) break;
    const result = await playAgentTurn(state, line, { scenario }).done;
    results.push(result);
    state = result.state;
  }
  return results;
}

/** The kinds of act the customer's reply to one turn is made of. */
export const kinds = (result: TTurnResult | undefined) => result?.decision.acts.map((act) => act.kind) ?? [];
