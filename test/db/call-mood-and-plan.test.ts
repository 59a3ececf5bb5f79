import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/accounts/create-user";
import { createAssignment } from "@/lib/assignments/create-assignment";
import type { TViewer } from "@/lib/auth/get-viewer";
import { encodeTurnStream } from "@/lib/calls/encode-turn-stream";
import { endPracticeCall } from "@/lib/calls/end-practice-call";
import { getTraineeCall } from "@/lib/calls/get-trainee-call";
import { moodTimeline } from "@/lib/calls/mood-timeline";
import { playPracticeTurn } from "@/lib/calls/play-practice-turn";
import { startPracticeCall } from "@/lib/calls/start-practice-call";
import { ZMood } from "@/lib/persona/customer-decision-schema";
import { importShippedScenarios } from "@/lib/scenario-store/import-shipped-scenarios";
import { createTeam } from "@/lib/teams/create-team";
import { openTestDatabase } from "../support/test-database";

const database = await openTestDatabase();
const SCENARIO = "zh-hardship-factory-shutdown";
const THREAT = "你再不还钱,我们就去你单位找你,让你同事都知道";
let viewer: TViewer;

beforeAll(async () => {
  await importShippedScenarios(database.prisma);
  const team = await createTeam(database.prisma, { name: "Mood team", actorId: null });
  const trainee = await createUser(database.prisma, { input: { username: "mood-trainee", name: "M", password: "password1", role: "trainee", teamIds: [team.id] }, actorId: null });
  viewer = { ...trainee, username: "mood-trainee", role: "trainee", teamIds: [team.id] };
});
afterAll(async () => {
  await database.close();
  await database.target.dispose();
});

/** Plays a line and reads the NDJSON the browser would get. */
async function say(callId: string, text: string) {
  const { revision } = await getTraineeCall(database.prisma, { viewer, callId });
  const turn = await playPracticeTurn(database.prisma, { viewer, callId, text, revision });
  const body = await new Response(encodeTurnStream(turn)).text();
  return body
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { type: string; mood?: string });
}

describe("the customer's mood", () => {
  it("streams before the reply, is kept with every customer turn, and shows the line that turned the customer", async () => {
    const { callId } = await startPracticeCall(database.prisma, { viewer, scenarioId: SCENARIO });
    const events = await say(callId, "您好,我是恒信公司的小李,受华兴银行委托来电,请问是王建国先生本人吗?");
    expect(events[0]!.type).toBe("mood");
    expect(ZMood.safeParse(events[0]!.mood).success).toBe(true);
    expect(events.at(-1)!.type).toBe("done");
    await say(callId, THREAT);

    const call = await getTraineeCall(database.prisma, { viewer, callId });
    expect(call.moodHidden).toBe(false);
    const customerTurns = call.turns.filter((turn) => turn.speaker === "customer");
    expect(customerTurns.every((turn) => ZMood.safeParse(turn.mood).success)).toBe(true);
    const points = moodTimeline(call.turns);
    expect(points).toHaveLength(3);
    // The threat (turn 3) made the customer worse, and the timeline says which line it was.
    expect(points.at(-1)).toMatchObject({ turn: 4, shift: "worse", afterTurn: 3 });
  });

  it("is hidden during an assessed call and shown once it ends", async () => {
    const [assignment] = await createAssignment(database.prisma, {
      viewer: { ...viewer, role: "admin" },
      input: { scenarioId: SCENARIO, traineeIds: [viewer.id], hideMood: true },
    });
    const { callId } = await startPracticeCall(database.prisma, { viewer, scenarioId: SCENARIO, assignmentId: assignment!.id });
    const events = await say(callId, "您好,请问是王建国先生本人吗?");
    expect(events.map((event) => event.type)).not.toContain("mood");
    const during = await getTraineeCall(database.prisma, { viewer, callId });
    expect(during.moodHidden).toBe(true);
    expect(JSON.stringify(during.turns)).not.toContain("mood");

    await endPracticeCall(database.prisma, { viewer, callId });
    const after = await getTraineeCall(database.prisma, { viewer, callId });
    expect(after.moodHidden).toBe(false);
    expect(moodTimeline(after.turns)).toHaveLength(2);
  });
});

describe("the trainee's plan", () => {
  it("is saved with the call as dialled, answered questions only", async () => {
    const notes = { canPay: "停工后收入下降,可先争取小额首付。", approach: "先共情,再谈方案", moneySource: "  " };
    const { callId } = await startPracticeCall(database.prisma, { viewer, scenarioId: SCENARIO, notes });
    expect((await getTraineeCall(database.prisma, { viewer, callId })).planningNotes).toEqual({ canPay: notes.canPay, approach: notes.approach });
    const { callId: unplanned } = await startPracticeCall(database.prisma, { viewer, scenarioId: SCENARIO, notes: {} });
    expect((await getTraineeCall(database.prisma, { viewer, callId: unplanned })).planningNotes).toBeNull();
  });
});
