import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { loadScenarioFolder } from "@/lib/scenarios/load-scenario-folder";
import type { TScenario } from "@/lib/scenarios/scenario-schema";
import type { TScenarioText } from "@/lib/scenarios/scenario-text";
import { toTraineeView } from "@/lib/scenarios/to-trainee-view";
import { signIn, type THttpSession } from "../support/http-session";
import { sharedParley } from "../support/shared-parley";

const server = await sharedParley();
let trainee: THttpSession;
beforeAll(async () => {
  trainee = await signIn(server.url, "trainee", DEMO_PASSWORD);
});

const scenarios = await loadScenarioFolder();

// Strings shorter than this are skipped: a 3- or 4-character number such as "800" or a short word
// occurs by chance in any page (ids, CSS, amounts the case file shows), and would only raise false
// alarms. Money figures are tried as written in the file and in both locales' grouping.
const MIN_LENGTH = 6;

const texts = (text: TScenarioText | undefined) => (text === undefined ? [] : typeof text === "string" ? [text] : Object.values(text).filter((value) => value !== undefined));
const amounts = (amount: number | undefined) => (amount === undefined ? [] : [String(amount), amount.toLocaleString("en-US"), amount.toLocaleString("zh-CN")]);

/** What must never reach a trainee's browser: every hidden fact and the persona's speaking style, in the scenario's own words. */
function hiddenStrings(scenario: TScenario): string[] {
  const { hidden, persona } = scenario;
  const visible = JSON.stringify(toTraineeView(scenario));
  return [
    ...texts(hidden.realReason),
    ...hidden.disclosures.flatMap((disclosure) => texts(disclosure.fact)),
    ...texts(hidden.mustStop?.says),
    ...amounts(hidden.monthlyIncome),
    ...amounts(hidden.canPayToday),
    ...amounts(hidden.canPayMonthly),
    persona.speakingStyle,
  ].filter((text) => text.length >= MIN_LENGTH && !visible.includes(text)); // a figure the case file shows anyway is not a leak
}

// The machine's state under its own names, with a value: numbers for trust and anger, so the
// editor's labels of the same names in the interface messages (sent to every page) do not count.
// The quotes may be escaped, as they are in the RSC payload inside a page's HTML.
const MACHINE_STATE = [/\\*"(machineSnapshot|snapshot|machineVersion)\\*"\s*:/, /\\*"(trust|anger|initialTrust|initialAnger|patience|volatility)\\*"\s*:\s*-?\d/];
// In API answers (JSON only, no interface messages) the scenario's private fields may not appear even by name.
const PRIVATE_FIELDS = /"(persona|hidden|realReason|disclosures|mustStop|speakingStyle|monthlyIncome|canPayToday|canPayMonthly|traits)"\s*:/;

/** Fails naming the leaked string; words the customer has already said aloud in the call are not leaks. */
function expectNoLeak(what: string, body: string, forbidden: string[], spoken: string[], api: boolean) {
  for (const text of forbidden) {
    if (spoken.some((line) => line.includes(text))) continue;
    expect(body.includes(text), `${what} reveals the hidden fact "${text}"`).toBe(false);
  }
  for (const pattern of api ? [...MACHINE_STATE, PRIVATE_FIELDS] : MACHINE_STATE) {
    expect(body.match(pattern)?.[0], `${what} carries machine state or a private field`).toBeUndefined();
  }
}

const json = { "content-type": "application/json" };

/**
 * A page's RSC payload, as the router fetches it on client navigation. Next answers a request with
 * the RSC header but without its cache-busting `_rsc` parameter by redirecting to the URL with it.
 */
async function rscPayload(path: string): Promise<Response> {
  const first = await trainee.fetch(path, { headers: { RSC: "1" } });
  const location = first.headers.get("location");
  const answer = first.status === 307 && location?.includes("_rsc") ? await trainee.fetch(location.replace(/^https?:\/\/[^/]+/, ""), { headers: { RSC: "1" } }) : first;
  expect(answer.headers.get("content-type")).toContain("text/x-component");
  return answer;
}

describe("what the server sends a trainee holds no hidden fact and no machine state", () => {
  it.each(scenarios.map(({ scenario }) => [scenario.id, scenario] as const))("%s", async (id, scenario) => {
    const forbidden = hiddenStrings(scenario);
    expect(forbidden.length).toBeGreaterThan(0);
    const bodies: [string, string, boolean][] = [];
    const read = async (what: string, response: Promise<Response>, api: boolean) => {
      const answer = await response;
      expect(answer.status, what).toBeLessThan(300);
      const body = await answer.text();
      bodies.push([what, body, api]);
      return body;
    };

    await read("case-file page", trainee.fetch(`/trainee/scenarios/${id}`), false);
    await read("case-file RSC payload", rscPayload(`/trainee/scenarios/${id}`), false);
    await read("/api/trainee/scenarios", trainee.fetch("/api/trainee/scenarios"), true);
    const started = JSON.parse(
      await read("start call", trainee.fetch("/api/trainee/calls", { method: "POST", headers: json, body: JSON.stringify({ scenarioId: id }) }), true),
    ) as { callId: string; revision: number };
    const greeting = scenario.language === "zh-CN" ? "喂,您好。" : "Hello there.";
    const stream = await read(
      "turn stream",
      trainee.fetch(`/api/trainee/calls/${started.callId}/turns`, { method: "POST", headers: json, body: JSON.stringify({ text: greeting, revision: started.revision }) }),
      true,
    );
    expect(
      stream
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line).type)
        .at(-1),
    ).toBe("done");
    const call = JSON.parse(await read("GET call", trainee.fetch(`/api/trainee/calls/${started.callId}`), true)) as { turns: { speaker: string; text: string }[] };
    await read("call page", trainee.fetch(`/trainee/calls/${started.callId}`), false);
    await read("call RSC payload", rscPayload(`/trainee/calls/${started.callId}`), false);

    const spoken = call.turns.filter((turn) => turn.speaker !== "agent").map((turn) => turn.text);
    for (const [what, body, api] of bodies) expectNoLeak(`${id}: ${what}`, body, forbidden, spoken, api);
  });

  it("would notice a leak: the trainer's editor page of the same scenario shows its hidden facts", async () => {
    const trainer = await signIn(server.url, "trainer", DEMO_PASSWORD);
    const { scenario } = scenarios.find((loaded) => loaded.scenario.id === "zh-hardship-factory-shutdown")!;
    const body = await (await trainer.fetch(`/trainer/scenarios/${scenario.id}`)).text();
    expect(hiddenStrings(scenario).some((text) => body.includes(text))).toBe(true);
  });
});
