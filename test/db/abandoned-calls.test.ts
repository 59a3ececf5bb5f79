import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/accounts/create-user";
import type { TViewer } from "@/lib/auth/get-viewer";
import { endPracticeCall } from "@/lib/calls/end-practice-call";
import { endStaleCalls } from "@/lib/calls/end-stale-calls";
import { getTraineeCall } from "@/lib/calls/get-trainee-call";
import { playPracticeTurn } from "@/lib/calls/play-practice-turn";
import { startPracticeCall } from "@/lib/calls/start-practice-call";
import { DEFAULT_STALE_CALL_MINUTES, getStaleCallMinutes, setStaleCallMinutes } from "@/lib/calls/stale-call-setting";
import { getScenarioBrief } from "@/lib/progress/get-scenario-brief";
import { importShippedScenarios } from "@/lib/scenario-store/import-shipped-scenarios";
import { listTraineeScenarios } from "@/lib/scenario-store/list-trainee-scenarios";
import { openTestDatabase } from "../support/test-database";

const database = await openTestDatabase();
const SCENARIO = "zh-hardship-factory-shutdown";
let viewer: TViewer;
let trainer: TViewer;

beforeAll(async () => {
  await importShippedScenarios(database.prisma);
  const trainee = await createUser(database.prisma, { input: { username: "left-a-call", name: "L", password: "password1", role: "trainee" }, actorId: null });
  const coach = await createUser(database.prisma, { input: { username: "coach", name: "C", password: "password1", role: "trainer" }, actorId: null });
  viewer = { ...trainee, username: "left-a-call", role: "trainee", teamIds: [] };
  trainer = { ...coach, username: "coach", role: "trainer", teamIds: [] };
});
afterAll(async () => {
  await database.close();
  await database.target.dispose();
});

const row = async () => (await listTraineeScenarios(database.prisma, viewer)).find((scenario) => scenario.id === SCENARIO)!;
const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe("abandoned calls", () => {
  it("are offered to continue, end after the time a trainer set, and count apart from attempts", async () => {
    const finished = await startPracticeCall(database.prisma, { viewer, scenarioId: SCENARIO });
    await (await playPracticeTurn(database.prisma, { viewer, callId: finished.callId, text: "您好,请问是王建国先生吗?", revision: finished.revision })).done;
    await endPracticeCall(database.prisma, { viewer, callId: finished.callId });
    // A call ended before a word was said was never held: not scored, not an attempt.
    const silent = await startPracticeCall(database.prisma, { viewer, scenarioId: SCENARIO });
    expect(await endPracticeCall(database.prisma, { viewer, callId: silent.callId })).toEqual({ outcome: "not_held" });
    expect((await getTraineeCall(database.prisma, { viewer, callId: silent.callId })).report).toBeNull();
    const open = await startPracticeCall(database.prisma, { viewer, scenarioId: SCENARIO });

    // Dialling again is not needed: the open call is offered, and it is not an attempt yet.
    expect((await getScenarioBrief(database.prisma, { viewer, scenarioId: SCENARIO })).openCall).toMatchObject({ id: open.callId, lines: 0 });
    expect(await row()).toMatchObject({ attempts: 1, abandoned: 0, openCallId: open.callId });

    // The default time has not passed; a trainer shortens it, and an hour later the call is stale.
    expect(await getStaleCallMinutes(database.prisma)).toBe(DEFAULT_STALE_CALL_MINUTES);
    expect(await endStaleCalls(database.prisma, { traineeId: viewer.id, now: minutesFromNow(30) })).toBe(0);
    await setStaleCallMinutes(database.prisma, { viewer: trainer, input: { staleCallMinutes: 45 } });
    expect(await endStaleCalls(database.prisma, { traineeId: viewer.id, now: minutesFromNow(60) })).toBe(1);

    const abandoned = await getTraineeCall(database.prisma, { viewer, callId: open.callId });
    expect(abandoned).toMatchObject({ status: "ended", outcome: "abandoned", report: null });
    expect(await row()).toMatchObject({ attempts: 1, abandoned: 1, openCallId: null });
    expect((await getScenarioBrief(database.prisma, { viewer, scenarioId: SCENARIO })).openCall).toBeNull();
    // A tab still open on it is told to reload rather than play on.
    await expect(playPracticeTurn(database.prisma, { viewer, callId: open.callId, text: "还在吗?", revision: 0 })).rejects.toThrow(/ended/);
    const audit = await database.prisma.auditEntry.findFirstOrThrow({ where: { action: "setting.update" } });
    expect(audit).toMatchObject({ actorId: trainer.id, detail: { staleCallMinutes: 45 } });
  });

  it("refuses a time that is not whole minutes between 5 and 7 days", async () => {
    for (const staleCallMinutes of [0, 4, 10_081, 7.5, "60"]) {
      await expect(setStaleCallMinutes(database.prisma, { viewer: trainer, input: { staleCallMinutes } })).rejects.toThrow();
    }
  });
});
