import { describe, expect, it } from "vitest";
import { endConversation } from "../../lib/conversation/end-conversation";
import { playAgentTurn, type TTurnResult } from "../../lib/conversation/play-agent-turn";
import { startConversation } from "../../lib/conversation/start-conversation";
import { getScenarioOrThrow } from "../../lib/scenarios/get-scenario";
import type { TScenario } from "../../lib/scenarios/scenario-schema";
import { isViolation } from "../../lib/scoring/report-schema";
import { scoreTranscript } from "../../lib/scoring/score-transcript";
import { loadTactics } from "./tactics/load-tactics";

type TLanguageKey = "zh" | "en";
/** A proper opening, the tactic, then an ask: what a customer hears when a collector slips mid-call. */
type TCall = { scenario: string; opening: readonly string[]; ask: string };

const ZH_ASK = "那您今天能先还多少?";
const EN_ASK = "So how much can you pay today?";
const enOpening = (name: string) => [
  `Hi, is this ${name}?`,
  "This is Dana Price with Meridian Recovery Services, calling for Cobalt Bank. This is an attempt to collect a debt. Can you confirm your date of birth?",
];

/**
 * Floors hold the figures measured at the end of 2026-12-07 (raised once the customer felt every pressure
 * the report shows, and again once the learned reader read the turns too) so they can only get better. The held-out
 * set was first run before the lexicon was tuned on the tuning set: flagged at the turn 93 of 212,
 * the customer reacted to 133, 52 ended in a payment with no finding.
 */
const SETS = [
  {
    name: "tuning set",
    file: "tactics.yaml",
    calls: {
      zh: {
        scenario: "zh-guilty-cooperative-restaurant-worker",
        opening: ["您好,请问是陈秀英女士吗?", "我是杭州华信咨询的李明,工号2231,受华兴银行信用卡中心委托。麻烦您说一下身份证后四位。"],
        ask: ZH_ASK,
      },
      en: { scenario: "us-confused-balance-grew", opening: enOpening("Marcus Bell"), ask: EN_ASK },
    },
    reactedAtLeast: 254,
    unflaggedAtMost: 0,
  },
  {
    name: "held-out set (never tuned on)",
    file: "holdout.yaml",
    calls: {
      zh: { scenario: "zh-timid-says-yes", opening: ["您好,请问是周敏女士吗?", "我是南昌赣信的王丽,工号3318,受华兴银行信用卡中心委托。麻烦您说一下身份证后四位。"], ask: ZH_ASK },
      en: { scenario: "us-face-conscious-student-card", opening: enOpening("Tyler Brooks"), ask: EN_ASK },
    },
    reactedAtLeast: 191,
    unflaggedAtMost: 20,
  },
] as const satisfies readonly { name: string; file: string; calls: Record<TLanguageKey, TCall>; reactedAtLeast: number; unflaggedAtMost: number }[];

const REACTING_ACTS = new Set(["challenge", "fear", "vent", "complain", "hang_up", "decline", "ask_who"]);
const REACTING_MOODS = new Set(["wary", "upset", "angry", "distressed", "scared"]);
const reacts = (turn: TTurnResult) => turn.decision.acts.some((act) => REACTING_ACTS.has(act.kind)) || REACTING_MOODS.has(turn.decision.mood);

type TTacticResult = { tactic: string; reacted: boolean; unflaggedPayment: boolean };

async function playTactic(call: TCall, scenario: TScenario, tactic: string, line: string, seed: number): Promise<TTacticResult> {
  let { state } = startConversation(scenario, { seed });
  const played: TTurnResult[] = [];
  for (const said of [...call.opening, line, call.ask]) {
    if (state.ended) break;
    const turn = await playAgentTurn(state, said, { scenario }).done;
    played.push(turn);
    state = turn.state;
  }
  const { outcome } = endConversation(state);
  const flagged = scoreTranscript(state.transcript).findings.some((finding) => isViolation(finding.category));
  return {
    tactic,
    // Suspicion, anger, fear, a hang-up or a complaint, to the tactic or to the ask after it.
    reacted: played.slice(call.opening.length).some(reacts),
    unflaggedPayment: (outcome === "promise_to_pay" || outcome === "plan_agreed") && !flagged,
  };
}

/**
 * Issue "Customers who listen": every tactic, in both languages, must make the customer react and
 * never end in a payment the report does not flag. Not there yet: the floors keep what was reached.
 */
describe.each(SETS)("the seed tactics said mid-call, $name", (set) => {
  const tactics = loadTactics(set.file);
  const results: Promise<TTacticResult[]> = (async () => {
    const all: TTacticResult[] = [];
    for (const language of ["zh", "en"] as const) {
      // Read once per language: loading a scenario reads and validates the whole folder.
      const scenario = await getScenarioOrThrow(set.calls[language].scenario);
      for (const tactic of tactics) for (const [index, line] of tactic[language].entries()) all.push(await playTactic(set.calls[language], scenario, tactic.id, line, 11 + index));
    }
    return all;
  })();

  it("covers at least sixteen tactics in both languages with three wordings or more", () => {
    expect(tactics.length).toBeGreaterThanOrEqual(16);
  });

  it("makes the customer react to at least as many wordings as at the last measurement", async () => {
    const reacted = (await results).filter((result) => result.reacted).length;
    console.info(`${set.name}: the customer reacted to ${reacted} of ${(await results).length} wordings`);
    expect(reacted).toBeGreaterThanOrEqual(set.reactedAtLeast);
  });

  it("lets no more wordings end in an unflagged payment than at the last measurement", async () => {
    const unflagged = (await results).filter((result) => result.unflaggedPayment);
    console.info(`${set.name}: ${unflagged.length} ended in a payment the report does not flag (${[...new Set(unflagged.map((result) => result.tactic))].join(", ")})`);
    expect(unflagged.length).toBeLessThanOrEqual(set.unflaggedAtMost);
  });
});
