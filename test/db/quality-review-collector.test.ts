import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTraineeProgress } from "@/lib/progress/get-trainee-progress";
import { getQualityReview } from "@/lib/quality-review/get-quality-review";
import { listCollectorReviews } from "@/lib/quality-review/list-collector-reviews";
import { listQualityReviews } from "@/lib/quality-review/list-quality-reviews";
import { scoreQueuedReviews } from "@/lib/quality-review/run-scoring-jobs";
import { uploadTranscripts } from "@/lib/quality-review/upload-transcripts";
import { getTeamDashboard } from "@/lib/reports/get-team-dashboard";
import { seedTwoTeams } from "../support/seed-results";
import { ABUSIVE_CHINESE_CALL } from "../support/real-call-transcripts";
import { openTestDatabase } from "../support/test-database";

const database = await openTestDatabase();
afterAll(async () => {
  await database.close();
  await database.target.dispose();
});
const { prisma } = database;

const realCall = ABUSIVE_CHINESE_CALL;

let world: Awaited<ReturnType<typeof seedTwoTeams>>;

beforeAll(async () => {
  world = await seedTwoTeams(prisma);
  const results = await uploadTranscripts(prisma, {
    viewer: world.supervisorA,
    teamId: world.teamA,
    collectorId: world.a1.id,
    files: [{ name: "recording-17.json", text: JSON.stringify(realCall) }],
  });
  expect(results.map((result) => result.ok)).toEqual([true]);
  await scoreQueuedReviews(prisma);
});

describe("quality review of a real call, by the collector who made it", () => {
  it("records the collector and names the call by the transcript's own id", async () => {
    const [row] = await listQualityReviews(prisma, { viewer: world.supervisorA });
    expect([row!.transcriptId, row!.fileName, row!.collector?.id]).toEqual(["call-2026-11-20-0031", "recording-17.json", world.a1.id]);
    const review = await getQualityReview(prisma, { viewer: world.supervisorA, reviewId: row!.id });
    expect([review.transcriptId, review.collector?.name]).toEqual(["call-2026-11-20-0031", "ta1"]);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { action: "quality_review.upload", entityId: row!.id } });
    expect(audit.detail).toMatchObject({ transcriptId: "call-2026-11-20-0031", collectorId: world.a1.id });
  });

  it("feeds that collector's progress, kept apart from practice", async () => {
    const mine = await listCollectorReviews(prisma, { viewer: world.a1 });
    expect(mine.reviews.map((review) => [review.name, review.passed])).toEqual([["call-2026-11-20-0031", false]]);
    expect(mine.reviews[0]!.rulesBroken).toEqual(expect.arrayContaining(["CN-ABUSE"]));
    expect((await listCollectorReviews(prisma, { viewer: world.a2 })).reviews).toEqual([]);
    // Not a practice attempt, and in no practice figure.
    expect((await getTraineeProgress(prisma, { viewer: world.a1, locale: "en" })).scoredCalls).toBe(0);
    expect((await getTeamDashboard(prisma, { viewer: world.supervisorA, filter: {} })).calls).toBe(0);
  });

  it("refuses a collector who is not a trainee of the team, storing nothing", async () => {
    const before = await prisma.qualityReview.count();
    for (const collectorId of [world.b1.id, world.supervisorA.id]) {
      await expect(
        uploadTranscripts(prisma, { viewer: world.supervisorA, teamId: world.teamA, collectorId, files: [{ name: "x.json", text: JSON.stringify({ ...realCall, id: "x" }) }] }),
      ).rejects.toMatchObject({ code: "invalid_input" });
    }
    expect(await prisma.qualityReview.count()).toBe(before);
  });

  it("says what is wrong with a file in both interface languages", async () => {
    const [missing, broken] = await uploadTranscripts(prisma, {
      viewer: world.supervisorA,
      teamId: world.teamA,
      files: [
        { name: "no-turns.json", text: JSON.stringify({ language: "zh-CN", ruleset: "cn" }) },
        { name: "broken.json", text: '{\n  "language": "zh-CN",\n  oops\n}' },
      ],
    });
    expect(missing).toMatchObject({ ok: false, problems: [{ code: "field", path: "turns" }] });
    const message = (missing as { problems: { message: Record<string, string> }[] }).problems[0]!.message;
    expect(message).toEqual({ en: "missing: this field is required", zh: "缺少此项(必填)" });
    expect(broken).toMatchObject({ ok: false, problems: [{ code: "json", line: 3, column: 3 }] });
  });
});
