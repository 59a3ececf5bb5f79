import { describe, expect, it } from "vitest";
import { toPersonaEvents } from "../../lib/persona/to-persona-events";
import { toPersonaParams, type TPersonaParams } from "../../lib/persona/persona-params";
import { getScenarioOrThrow } from "../../lib/scenarios/get-scenario";
import { blankAnalysis, decisionOf, playTurn, startPersona } from "./support/persona-driver";
import { TURNS, type TTurnName } from "./support/turns";

const paramsOf = async (id: string) => toPersonaParams(await getScenarioOrThrow(id));
const play = (params: TPersonaParams, turns: TTurnName[]) => turns.reduce((snapshot, name) => playTurn(snapshot, TURNS[name]), startPersona(params));

describe("toPersonaEvents", () => {
  it("reads one analysis into observations and ends the turn", () => {
    const events = toPersonaEvents(
      blankAnalysis({
        asksToVerifyIdentity: true,
        abuse: [{ evidence: "老赖" }],
        questionTopics: ["income", "income"],
        paymentRequest: { amount: 500, date: "明天", evidence: "明天还500" },
        empathy: { acknowledgement: { level: "strong", evidence: ["x"] }, understanding: { level: "weak", evidence: ["y"] }, exploration: { level: "none", evidence: [] } },
      }),
    );
    expect(events.map((event) => event.type)).toEqual([
      "agent.asked_identity",
      "agent.abused",
      "agent.empathised",
      "agent.asked",
      "agent.requested_payment",
      "agent.responded_to_stop",
      "turn.end",
    ]);
    expect(events).toContainEqual({ type: "agent.empathised", points: 1.5 });
    expect(events).toContainEqual({ type: "agent.asked", topics: ["income"], open: false });
  });

  it("makes a turn that did nothing a bare turn.end", () => {
    expect(toPersonaEvents(blankAnalysis())).toEqual([{ type: "turn.end" }]);
  });
});

describe("persona machine", () => {
  it("reveals a hidden fact only to the right question asked with enough trust", async () => {
    const params = await paramsOf("zh-hardship-factory-shutdown");
    const cold = play(params, ["introduceAndVerify", "requestHuge"]);
    expect(cold.context.disclosed).toEqual([]);
    const warm = play(params, ["introduceAndVerify", "exploreLife", "exploreLife"]);
    for (const id of warm.context.disclosed) expect(params.disclosures.find((fact) => fact.id === id)!.minTrust).toBeLessThanOrEqual(warm.context.trust);
    expect(warm.context.disclosed).toContain("factory-closed");
    expect(warm.context.disclosed).not.toContain("can-pay-today");
  });

  it("promises only within capacity, and counters a request beyond it", async () => {
    const params = await paramsOf("zh-hardship-factory-shutdown");
    const countered = play(params, ["introduceAndVerify", "exploreLife", "exploreLife", "requestHuge"]);
    expect(decisionOf(countered).acts).toContainEqual(expect.objectContaining({ kind: "counter_offer", amount: 800 }));
    expect(countered.context.commitment).toBeNull();
    const agreed = playTurn(countered, TURNS.requestOpen);
    expect(agreed.value).toBe("committed");
    expect(agreed.context.commitment).toEqual({ amount: 800, date: "Friday", months: null, firstPayment: null });
    expect(playTurn(agreed, [{ type: "call.ended_by_agent" }]).value).toBe("promise_to_pay");
  });

  it("asks what a plan would be when none was named, then agrees the plan as the trainee put it", async () => {
    const params = await paramsOf("zh-hardship-factory-shutdown");
    const asked = play(params, ["introduceAndVerify", "exploreLife", "exploreLife", "offerPlan"]);
    expect(decisionOf(asked).acts).toContainEqual({ kind: "ask_back", about: "options" });
    expect(asked.context.commitment).toBeNull();
    const { maxInstallmentMonths: months, canPayMonthly } = params.money;
    const monthly = Math.floor(canPayMonthly);
    const committed = playTurn(asked, [{ type: "agent.offered", options: [{ kind: "instalments", withinPolicy: true, months, monthly }] }]);
    expect(committed.context.commitment).toEqual({ amount: monthly, date: expect.any(String), months, firstPayment: null });
    expect(playTurn(committed, [{ type: "call.ended_by_agent" }]).value).toBe("plan_agreed");
  });

  it("counters a monthly figure beyond their means with a round one of their own", async () => {
    const params = await paramsOf("zh-hardship-factory-shutdown");
    const explored = play(params, ["introduceAndVerify", "exploreLife", "exploreLife"]);
    const { maxInstallmentMonths: months, canPayMonthly } = params.money;
    const countered = playTurn(explored, [{ type: "agent.offered", options: [{ kind: "instalments", withinPolicy: true, months, monthly: canPayMonthly * 3 + 0.25 }] }]);
    const counter = decisionOf(countered).acts.find((act) => act.kind === "counter_plan");
    expect(counter).toMatchObject({ kind: "counter_plan" });
    expect(counter && "monthly" in counter ? counter.monthly : Number.NaN).toBeLessThanOrEqual(canPayMonthly);
    expect(counter && "monthly" in counter ? counter.monthly % 10 : 1).toBe(0);
    expect(countered.context.commitment).toBeNull();
  });

  it("does not promise anything while angry, and hangs up under abuse", async () => {
    const params = await paramsOf("zh-angry-colleague-was-called");
    const early = play(params, ["introduceAndVerify", "requestOpen"]);
    expect(early.context.commitment).toBeNull();
    expect(decisionOf(early).acts).toContainEqual(expect.objectContaining({ kind: "decline" }));
    const abused = play(params, ["introduceAndVerify", "abuse", "threaten"]);
    expect(["hung_up", "complaint"]).toContain(abused.value);
    expect(decisionOf(abused).ended).toBe(true);
  });

  it("bristles when asked for relatives' numbers, and says so", async () => {
    const params = await paramsOf("zh-hardship-factory-shutdown");
    expect(toPersonaEvents(blankAnalysis({ contactsDemanded: true })).map((event) => event.type)).toContain("agent.demanded_contacts");
    const asked = play(params, ["introduceAndVerify", "demandContacts"]);
    const calm = play(params, ["introduceAndVerify", "explainAccurately"]);
    expect(asked.context.trust).toBeLessThan(calm.context.trust);
    expect(asked.context.anger).toBeGreaterThan(calm.context.anger);
    expect(decisionOf(asked).acts).toContainEqual({ kind: "challenge", about: "contacts" });
  });

  it("lets a third party pass the phone after a polite request, and hangs up when told of the debt", async () => {
    const params = await paramsOf("us-face-conscious-student-card");
    const passed = play(params, ["askForDebtor"]);
    expect(passed.value).toBe("identity_check");
    expect(decisionOf(passed)).toMatchObject({ party: "third_party", acts: [{ kind: "pass_phone" }] });
    expect(passed.context.party).toBe("debtor");
    // face-conscious: the debt told to a parent is an immediate complaint.
    expect(play(params, ["discloseDebt"]).value).toBe("complaint");
  });

  it("makes a spouse who fetches the cardholder wait for a call-back request", async () => {
    const params = await paramsOf("zh-hardship-restaurant-closed");
    const busy = play(params, ["askForDebtor"]);
    expect(busy.value).toBe("third_party");
    expect(decisionOf(busy).acts).toEqual([{ kind: "debtor_unavailable", why: "busy" }]);
    expect(playTurn(busy, TURNS.callBack).value).toBe("identity_check");
    expect(play(params, ["discloseDebt"]).value).toBe("hung_up");
  });

  it("takes a message when the cardholder is away for good", async () => {
    const params = { ...(await paramsOf("zh-hardship-restaurant-closed")), answeredBy: { party: "third_party" as const, passesPhone: "never" as const } };
    const away = play(params, ["askForDebtor", "callBack"]);
    expect(away.value).toBe("callback");
  });

  it("makes the know-it-all refuse to confirm identity until the caller identifies", async () => {
    const params = await paramsOf("us-know-it-all-realtor");
    const challenged = play(params, ["askOnlyIdentity"]);
    expect(challenged.value).toBe("identity_check");
    expect(decisionOf(challenged).acts).toContainEqual({ kind: "challenge", about: "caller_identity" });
    expect(decisionOf(challenged).acts).not.toContainEqual({ kind: "confirm_identity" });
    expect(playTurn(challenged, TURNS.introduceAndVerify).value).toBe("guarded");
  });

  it("surfaces a must-stop moment, rewards the right response and complains when pressed", async () => {
    const params = await paramsOf("us-angry-hung-up-last-time");
    const stopped = play(params, ["introduceAndVerify"]);
    expect(stopped.value).toBe("must_stop");
    expect(decisionOf(stopped).acts).toContainEqual({ kind: "must_stop", mustStop: "dispute", again: false });
    expect(playTurn(stopped, TURNS.respondToStop).value).toBe("callback_agreed");
    expect(playTurn(playTurn(stopped, TURNS.respondToStop), [{ type: "call.ended_by_agent" }]).value).toBe("callback");
    // The angry customer allows one push past the dispute: none.
    expect(playTurn(stopped, TURNS.requestOpen).value).toBe("complaint");
  });

  it("lets the debt-numb customer end calmly when the door is left open", async () => {
    const params = await paramsOf("uk-debt-numb-warehouse-worker");
    const open = play(params, ["introduceAndVerify", "callBack"]);
    expect(open.value).toBe("callback_agreed");
  });

  it("ends with no_agreement when the trainee hangs up with nothing agreed, and stays final", async () => {
    const params = await paramsOf("zh-timid-says-yes");
    const ended = play(params, ["introduceAndVerify", "exploreLife"]);
    const final = playTurn(ended, [{ type: "call.ended_by_agent" }]);
    expect(final.value).toBe("no_agreement");
    expect(final.status).toBe("done");
    expect(playTurn(final, TURNS.requestOpen)).toBe(final);
  });
});
