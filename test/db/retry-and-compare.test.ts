import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/accounts/create-user";
import type { TViewer } from "@/lib/auth/get-viewer";
import { endPracticeCall } from "@/lib/calls/end-practice-call";
import { getTraineeCall } from "@/lib/calls/get-trainee-call";
import { playPracticeTurn } from "@/lib/calls/play-practice-turn";
import { retryFromTurn } from "@/lib/calls/retry-from-turn";
import { startPracticeCall } from "@/lib/calls/start-practice-call";
import { compareAttempts } from "@/lib/progress/compare-attempts";
import { importShippedScenarios } from "@/lib/scenario-store/import-shipped-scenarios";
import { openTestDatabase } from "../support/test-database";

const database = await openTestDatabase();
const prisma = database.prisma;
const SCENARIO = "zh-hardship-factory-shutdown";
const GREETING = "您好,我是恒信公司的小李,受华兴银行委托来电,请问是王建国先生本人吗?";
const THREAT = "你再不还钱,我们就去你单位找你,让你同事都知道";
let viewer: TViewer;
let other: TViewer;

beforeAll(async () => {
  await importShippedScenarios(prisma);
  const user = await createUser(prisma, { input: { username: "retrying-trainee", name: "R", password: "password1", role: "trainee" }, actorId: null });
  const second = await createUser(prisma, { input: { username: "someone-else", name: "S", password: "password1", role: "trainee" }, actorId: null });
  viewer = { id: user.id, name: user.name, username: "retrying-trainee", role: "trainee", teamIds: [] };
  other = { id: second.id, name: second.name, username: "someone-else", role: "trainee", teamIds: [] };
});
afterAll(async () => {
  await database.close();
  await database.target.dispose();
});

async function say(callId: string, text: string) {
  const { revision } = await getTraineeCall(prisma, { viewer, callId });
  return (await playPracticeTurn(prisma, { viewer, callId, text, revision })).done;
}

describe("trying a line again", () => {
  it("restarts just before the line with the customer as they were, then both attempts compare side by side", async () => {
    const { callId } = await startPracticeCall(prisma, { viewer, scenarioId: SCENARIO });
    await say(callId, GREETING);
    const original = await say(callId, THREAT);
    await expect(retryFromTurn(prisma, { viewer, callId, turn: 3 })).rejects.toThrow(/Finish this call first/);
    await endPracticeCall(prisma, { viewer, callId });
    const ended = await getTraineeCall(prisma, { viewer, callId });

    await expect(retryFromTurn(prisma, { viewer, callId, turn: 2 })).rejects.toThrow(/your own lines/);
    await expect(retryFromTurn(prisma, { viewer: other, callId, turn: 3 })).rejects.toThrow(/No such call/);
    const retry = await retryFromTurn(prisma, { viewer, callId, turn: 3 });
    const resumed = await getTraineeCall(prisma, { viewer, callId: retry.callId });
    expect(resumed.status).toBe("active");
    expect(resumed.turns.map(({ speaker, text, mood }) => ({ speaker, text, mood }))).toEqual(ended.turns.slice(0, 3).map(({ speaker, text, mood }) => ({ speaker, text, mood })));

    // The same customer in the same state: the same line gets the same answer, word for word.
    const again = await say(retry.callId, THREAT);
    expect(again.customerText).toBe(original.customerText);
    await endPracticeCall(prisma, { viewer, callId: retry.callId });

    const { attempts } = await compareAttempts(prisma, { viewer, scenarioId: SCENARIO });
    expect(attempts.map((attempt) => attempt.callId)).toEqual([callId, retry.callId]);
    for (const attempt of attempts) {
      expect(attempt.rulesBroken).toContain("CN-THREAT");
      expect(attempt.mood.length).toBe(3);
      expect(attempt.passed).toBe(false);
    }
  });
});
