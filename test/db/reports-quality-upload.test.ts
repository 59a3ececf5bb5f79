import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getQualityReview } from "@/lib/quality-review/get-quality-review";
import { listQualityReviews } from "@/lib/quality-review/list-quality-reviews";
import { uploadTranscripts, type TUploadResult } from "@/lib/quality-review/upload-transcripts";
import { listResults } from "@/lib/reports/list-results";
import { scoreQueuedReviews } from "@/lib/quality-review/run-scoring-jobs";
import { seedTwoTeams } from "../support/seed-results";
import { ABUSIVE_CHINESE_CALL } from "../support/real-call-transcripts";
import { openTestDatabase } from "../support/test-database";

const database = await openTestDatabase();
afterAll(async () => {
  await database.close();
  await database.target.dispose();
});
const { prisma } = database;

const chinese = ABUSIVE_CHINESE_CALL;
const english = {
  language: "en",
  ruleset: "us",
  turns: [
    { speaker: "agent", text: "Hi, this is Sam from Acme Recovery. This is an attempt to collect a debt. Am I speaking with John Smith?" },
    { speaker: "customer", text: "Yes." },
  ],
};
const wrongSpeaker = { ...chinese, id: "bad", turns: [chinese.turns[0], { speaker: "robot", text: "beep" }] };

let world: Awaited<ReturnType<typeof seedTwoTeams>>;
let results: TUploadResult[];

beforeAll(async () => {
  world = await seedTwoTeams(prisma);
  results = await uploadTranscripts(prisma, {
    viewer: world.supervisorA,
    teamId: world.teamA,
    files: [
      { name: "zh-call.json", text: JSON.stringify(chinese) },
      { name: "bad-speaker.json", text: JSON.stringify(wrongSpeaker) },
      { name: "en-call.json", text: JSON.stringify(english) },
      { name: "broken.json", text: '{ "language": "en",\n  "turns": [} }' },
    ],
  });
  queuedFirst = await prisma.scoreReport.count();
  await scoreQueuedReviews(prisma);
});
let queuedFirst: number;

describe("uploading real calls for quality review", () => {
  it("queues the good files for scoring and names the file and field of each bad one", () => {
    expect(results.map((result) => [result.fileName, result.ok && result.status])).toEqual([
      ["zh-call.json", "queued"],
      ["bad-speaker.json", false],
      ["en-call.json", "queued"],
      ["broken.json", false],
    ]);
    expect(queuedFirst, "the upload answers before any file is scored").toBe(0);
    const failures = results.flatMap((result) => (result.ok ? [] : [result.errors.join("; ")]));
    expect(failures[0]).toContain('✖ Invalid option: expected one of "agent"|"customer"\n  → at turns[1].speaker');
    expect(failures[1]).toMatch(/^invalid JSON/);
  });

  it("stores each good one as a quality review with its report, apart from practice results", async () => {
    expect(await prisma.qualityReview.count()).toBe(2);
    expect(await prisma.scoreReport.groupBy({ by: ["source"], _count: true })).toEqual([{ source: "quality_review", _count: 2 }]);
    expect(await listResults(prisma, { viewer: world.supervisorA, filter: {} })).toEqual([]);
    const listed = await listQualityReviews(prisma, { viewer: world.supervisorA });
    expect(listed.map((row) => [row.fileName, row.team?.name, row.uploadedBy?.name, row.scored?.ruleset]).sort()).toEqual([
      ["en-call.json", "Team A", "sup-a", "us"],
      ["zh-call.json", "Team A", "sup-a", "cn"],
    ]);
  });

  it("opens a review with the same findings the scorer gives, pinned to the agent's turn", async () => {
    const zh = results.find((result) => result.fileName === "zh-call.json")!;
    const { scored } = await getQualityReview(prisma, { viewer: world.supervisorA, reviewId: zh.ok ? zh.reviewId : "" });
    expect(scored!.report.transcriptId).toBe("call-2026-11-20-0031");
    expect(scored!.report.criticalCount).toBeGreaterThan(0);
    const abuse = scored!.report.findings.find((finding) => finding.category === "abuse")!;
    expect(abuse).toMatchObject({ turn: 2, ruleId: "CN-ABUSE" });
    expect(scored!.transcript.turns[2]!.text).toContain(abuse.evidence);
  });

  it("refuses an upload with no files", async () => {
    await expect(uploadTranscripts(prisma, { viewer: world.supervisorA, teamId: world.teamA, files: [] })).rejects.toThrow(/at least one file/);
  });
});
