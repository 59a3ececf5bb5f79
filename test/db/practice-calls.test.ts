import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/accounts/create-user";
import type { TViewer } from "@/lib/auth/get-viewer";
import { endPracticeCall } from "@/lib/calls/end-practice-call";
import { getTraineeCall } from "@/lib/calls/get-trainee-call";
import { playPracticeTurn } from "@/lib/calls/play-practice-turn";
import { startPracticeCall } from "@/lib/calls/start-practice-call";
import { openDatabase } from "@/lib/db/open-database";
import { importShippedScenarios } from "@/lib/scenario-store/import-shipped-scenarios";
import { loadScenarioFolder } from "@/lib/scenarios/load-scenario-folder";
import { createTestDatabaseTarget } from "../support/test-database";

const target = await createTestDatabaseTarget();
let database = await openDatabase(target);
let viewer: TViewer;
let other: TViewer;
const SCENARIO = "zh-hardship-factory-shutdown";

beforeAll(async () => {
  await importShippedScenarios(database.prisma);
  const trainee = await createUser(database.prisma, { input: { username: "trainee-one", name: "T1", password: "password1", role: "trainee" }, actorId: null });
  const second = await createUser(database.prisma, { input: { username: "trainee-two", name: "T2", password: "password2", role: "trainee" }, actorId: null });
  viewer = { ...trainee, username: "trainee-one", role: "trainee", teamIds: [] };
  other = { ...second, username: "trainee-two", role: "trainee", teamIds: [] };
});
afterAll(async () => {
  await database.close();
  await target.dispose();
});

async function say(callId: string, text: string, revision: number) {
  const turn = await playPracticeTurn(database.prisma, { viewer, callId, text, revision });
  let streamed = "";
  for await (const chunk of turn.stream) streamed += chunk;
  const done = await turn.done;
  expect(done.customerText).toBe(streamed);
  return done;
}

describe("practice calls", () => {
  it("survive a restart: the call resumes where it was, from the stored machine state", async () => {
    const { callId, revision } = await startPracticeCall(database.prisma, { viewer, scenarioId: SCENARIO });
    const first = await say(callId, "您好,请问是张伟先生本人吗?", revision);
    expect(first.revision).toBe(revision + 1);

    await database.close();
    database = await openDatabase(target);

    const second = await say(callId, "我是某某资产管理公司的工号1234小李,受工商银行委托给您来电。", first.revision);
    expect(second.revision).toBe(first.revision + 1);
    const call = await getTraineeCall(database.prisma, { viewer, callId });
    expect(call.turns.map((turn) => turn.speaker)).toEqual(["customer", "agent", "customer", "agent", "customer"]);
    expect(call.turns[3]!.text).toContain("工号1234");
  });

  it("refuses a turn from a tab that saw an older revision, and keeps the call intact", async () => {
    const { callId, revision } = await startPracticeCall(database.prisma, { viewer, scenarioId: SCENARIO });
    await say(callId, "您好,请问是张伟先生本人吗?", revision);
    await expect(playPracticeTurn(database.prisma, { viewer, callId, text: "stale tab", revision })).rejects.toThrow(/another tab/);
    const call = await getTraineeCall(database.prisma, { viewer, callId });
    expect(call.turns).toHaveLength(3);
    expect(call.turns.map((turn) => turn.text)).not.toContain("stale tab");
  });

  it("lets two tabs race on one revision without interleaving: exactly one turn is stored", async () => {
    const { callId, revision } = await startPracticeCall(database.prisma, { viewer, scenarioId: SCENARIO });
    const tabs = await Promise.all(
      ["您好,请问是张伟先生吗?", "喂,张伟先生您好,请问是本人吗?"].map((text) =>
        // The tab that loses may be turned away at the start or while its turn is stored: either way, not "ok".
        playPracticeTurn(database.prisma, { viewer, callId, text, revision })
          .then((turn) => turn.done)
          .then(
            () => "ok",
            (error: Error) => error.message,
          ),
      ),
    );
    expect(tabs.filter((result) => result === "ok")).toHaveLength(1);
    const call = await getTraineeCall(database.prisma, { viewer, callId });
    expect(call.turns).toHaveLength(3);
    expect(call.revision).toBe(revision + 1);
  });

  it("scores the call when the trainee hangs up, against the exact scenario version", async () => {
    const { callId, revision } = await startPracticeCall(database.prisma, { viewer, scenarioId: SCENARIO });
    await say(callId, "您好,请问是张伟先生本人吗?", revision);
    const { outcome } = await endPracticeCall(database.prisma, { viewer, callId });
    expect(outcome).toBe("no_agreement");
    const call = await getTraineeCall(database.prisma, { viewer, callId });
    expect(call.status).toBe("ended");
    expect(call.report?.transcriptId).toBe(callId);
    expect(call.report?.scores.overall).toBeGreaterThanOrEqual(0);
    const stored = await database.prisma.scoreReport.findUniqueOrThrow({ where: { callId }, include: { scenarioVersion: true } });
    expect(stored.scenarioVersion?.scenarioId).toBe(SCENARIO);
    expect(stored.scenarioVersion?.version).toBe(1);
    expect(await endPracticeCall(database.prisma, { viewer, callId })).toEqual({ outcome: "no_agreement" });
  });

  it("hides another trainee's call and never sends hidden facts to the trainee", async () => {
    const { callId } = await startPracticeCall(database.prisma, { viewer, scenarioId: SCENARIO });
    await expect(getTraineeCall(database.prisma, { viewer: other, callId })).rejects.toThrow(/No such call/);
    const view = JSON.stringify(await getTraineeCall(database.prisma, { viewer, callId }));
    const scenario = (await loadScenarioFolder()).find((loaded) => loaded.scenario.id === SCENARIO)!.scenario;
    expect(view).not.toContain(scenario.hidden.realReason as string);
    expect(view).not.toContain("persona");
    expect(view).not.toContain("snapshot");
  });
});
