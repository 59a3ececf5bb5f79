import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getQualityReview, PAGE_TURNS } from "@/lib/quality-review/get-quality-review";
import { getReviewProgress } from "@/lib/quality-review/get-review-progress";
import { getReviewTranscript } from "@/lib/quality-review/get-review-transcript";
import { listQualityReviews } from "@/lib/quality-review/list-quality-reviews";
import { scoreQueuedReviews, startScoringJobs } from "@/lib/quality-review/run-scoring-jobs";
import { scoreClaimedReview } from "@/lib/quality-review/score-claimed-review";
import { claimScoringJob, MAX_ATTEMPTS } from "@/lib/quality-review/scoring-job-lease";
import { uploadTranscripts } from "@/lib/quality-review/upload-transcripts";
import { assessResult } from "@/lib/reports/assess-result";
import { REPORT_SELECT, toScoreReport } from "@/lib/reports/stored-report";
import { seedTwoTeams } from "../support/seed-results";
import { openTestDatabase } from "../support/test-database";

/** Issue 10, item 2: quality-review scoring runs off the request, from a job table, and survives a crash. */
const database = await openTestDatabase();
afterAll(async () => {
  await database.close();
  await database.target.dispose();
});
const { prisma } = database;

let world: Awaited<ReturnType<typeof seedTwoTeams>>;
beforeAll(async () => {
  world = await seedTwoTeams(prisma);
});

const LINES = ["您好,我是华兴银行委托的恒信公司的李明,工号A1024。请问是王建国先生本人吗?", "你这个老赖,今天不还钱就抓你去坐牢。", "我理解您现在的难处。能说说您现在的收入情况吗?"];
const longCall = (id: string, turns: number) =>
  JSON.stringify({
    id,
    language: "zh-CN",
    ruleset: "cn",
    turns: Array.from({ length: turns }, (_, i) =>
      i % 2 === 0 ? { speaker: "agent", text: LINES[(i / 2) % LINES.length] } : { speaker: "customer", text: `第${i}轮:我现在确实困难。` },
    ),
  });
const upload = (files: { name: string; text: string }[]) => uploadTranscripts(prisma, { viewer: world.supervisorA, teamId: world.teamA, files });
const reviewIdsOf = (results: Awaited<ReturnType<typeof upload>>) => results.flatMap((result) => (result.ok ? [result.reviewId] : []));
const progressOf = (reviewIds: string[]) => getReviewProgress(prisma, { viewer: world.supervisorA, reviewIds });
/** A job some other worker claimed and then lost: its process died before it finished. */
const expireLeases = () => prisma.scoringJob.updateMany({ where: { leaseUntil: { not: null } }, data: { leaseUntil: new Date(Date.now() - 60_000) } });

describe("a 10,000-turn upload", () => {
  let reviewId: string;

  it("is answered before it is scored, then scored by a worker, x of n at every step", async () => {
    const results = await upload([
      { name: "long.json", text: longCall("long", 10_000) },
      { name: "short.json", text: longCall("short", 4) },
    ]);
    expect(results.map((result) => result.ok && result.status)).toEqual(["queued", "queued"]);
    const ids = reviewIdsOf(results);
    reviewId = ids[0]!;
    expect(await prisma.scoreReport.count({ where: { qualityReviewId: { in: ids } } })).toBe(0);
    expect(await progressOf(ids)).toMatchObject({ total: 2, scored: 0, failed: 0, done: false });
    const listed = await listQualityReviews(prisma, { viewer: world.supervisorA });
    expect(listed.filter((row) => ids.includes(row.id)).map((row) => [row.status, row.scored])).toEqual([
      ["queued", undefined],
      ["queued", undefined],
    ]);
    expect((await getQualityReview(prisma, { viewer: world.supervisorA, reviewId })).progress.status).toBe("queued");
    // A trainer may draft a scenario from the call before it is scored: the whole transcript.
    expect((await getReviewTranscript(prisma, { viewer: world.supervisorA, reviewId })).transcript.turns).toHaveLength(10_000);

    expect(await scoreQueuedReviews(prisma)).toEqual(["scored", "scored"]);
    const progress = await progressOf(ids);
    expect(progress).toMatchObject({ total: 2, scored: 2, failed: 0, done: true });
    expect(progress.reviews[0]).toMatchObject({ reviewId, fileName: "long.json", status: "scored" });
    expect(progress.reviews[0]!.criticalCount).toBeGreaterThan(1000);
    expect(await prisma.scoringJob.count()).toBe(0);
  });

  it("stores every finding of the report as a row, once: the stored report keeps no copy", async () => {
    const saved = await prisma.scoreReport.findUniqueOrThrow({ where: { qualityReviewId: reviewId }, select: REPORT_SELECT });
    expect(saved.findings.length).toBeGreaterThan(5000);
    expect(saved.report).not.toHaveProperty("findings");
    expect(saved.report).not.toHaveProperty("scores");
    // The pages' verdict, from the rows grouped by kind, is the verdict over every finding of the report.
    const full = toScoreReport(saved);
    expect(full.findings).toHaveLength(saved.findings.length);
    const { scored } = await getQualityReview(prisma, { viewer: world.supervisorA, reviewId });
    const { passed, held, failReasons, criticalCount, rulesBroken, missingSkills } = scored!.report;
    expect({ passed, held, failReasons, criticalCount, rulesBroken, missingSkills }).toEqual(assessResult(full.scores, full.findings));
    const listed = (await listQualityReviews(prisma, { viewer: world.supervisorA })).find((row) => row.id === reviewId)!;
    expect(listed.scored).toMatchObject({ passed, failReasons, criticalCount, rulesBroken, missingSkills });
  });

  it("opens page by page: each page holds its own turns and findings and stays small", async () => {
    const first = (await getQualityReview(prisma, { viewer: world.supervisorA, reviewId })).scored!;
    expect(first.page).toEqual({ number: 1, count: 10_000 / PAGE_TURNS, firstTurn: 0, totalTurns: 10_000 });
    expect(first.transcript.turns).toHaveLength(PAGE_TURNS);
    expect(first.transcript.turns[1]!.text).toBe("第1轮:我现在确实困难。");
    expect(first.report.findings.length).toBeGreaterThan(0);
    expect(first.report.findings.every((finding) => finding.turn < PAGE_TURNS)).toBe(true);
    // The verdict counts the whole call, not the page.
    expect(first.report.criticalCount).toBeGreaterThan(1000);
    expect(JSON.stringify(first).length).toBeLessThan(400_000);

    const third = (await getQualityReview(prisma, { viewer: world.supervisorA, reviewId, page: 3 })).scored!;
    expect(third.page.firstTurn).toBe(2 * PAGE_TURNS);
    expect(third.transcript.turns[1]!.text).toBe(`第${2 * PAGE_TURNS + 1}轮:我现在确实困难。`);
    expect(third.report.findings.every((finding) => finding.turn >= 2 * PAGE_TURNS && finding.turn < 3 * PAGE_TURNS)).toBe(true);

    const past = (await getQualityReview(prisma, { viewer: world.supervisorA, reviewId, page: 999 })).scored!;
    expect(past.page).toMatchObject({ number: 50, firstTurn: 9_800 });
    expect(past.transcript.turns).toHaveLength(PAGE_TURNS);
  });
});

describe("a crash mid-batch", () => {
  it("loses nothing: the job a dead worker held is scored once its lease ends, and only once", async () => {
    const ids = reviewIdsOf(await upload([1, 2, 3].map((n) => ({ name: `crash-${n}.json`, text: longCall(`crash-${n}`, 6 + n) }))));
    const held = await claimScoringJob(prisma, "dead-worker");
    expect(held?.qualityReviewId).toBe(ids[0]);
    // While the lease runs, other workers leave that job alone and score the rest.
    expect(await scoreQueuedReviews(prisma, "live-worker")).toEqual(["scored", "scored"]);
    expect((await progressOf(ids)).reviews.map((review) => review.status)).toEqual(["scoring", "scored", "scored"]);

    await expireLeases();
    const taken = await claimScoringJob(prisma, "next-worker");
    expect(taken).toEqual({ qualityReviewId: ids[0], attempts: 2 });
    // The dead worker wakes up late: it no longer holds the job, so it saves nothing.
    expect(await scoreClaimedReview(prisma, { job: held!, workerId: "dead-worker" })).toBe("lost");
    expect(await scoreClaimedReview(prisma, { job: taken!, workerId: "next-worker" })).toBe("scored");
    expect(await progressOf(ids)).toMatchObject({ scored: 3, done: true });
    expect(await prisma.scoreReport.count({ where: { qualityReviewId: ids[0] } })).toBe(1);
  });

  it("resumes on restart: a new worker on the embedded database frees the old leases and scores the batch", async () => {
    const ids = reviewIdsOf(await upload([1, 2].map((n) => ({ name: `restart-${n}.json`, text: longCall(`restart-${n}`, 10 + n) }))));
    await claimScoringJob(prisma, "process-that-was-killed");
    const worker = await startScoringJobs(prisma, { soleOpener: true });
    try {
      await expect.poll(async () => (await progressOf(ids)).scored).toBe(2);
    } finally {
      await worker.stop();
    }
  });

  it("gives up on a job that stopped its worker too often, and tells the uploader", async () => {
    const [id] = reviewIdsOf(await upload([{ name: "poison.json", text: longCall("poison", 3) }]));
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect((await claimScoringJob(prisma, `crashing-${attempt}`))?.attempts).toBe(attempt);
      await expireLeases();
    }
    expect(await scoreQueuedReviews(prisma)).toEqual(["failed"]);
    const progress = await progressOf([id!]);
    expect(progress).toMatchObject({ total: 1, scored: 0, failed: 1, done: true });
    expect(progress.reviews[0]!.failure).toMatch(/stopped 3 times/);
    expect(await claimScoringJob(prisma, "any")).toBeUndefined();
  });
});

describe("several workers on one database", () => {
  it("each claim a different job (FOR UPDATE SKIP LOCKED) and together score each file once", async () => {
    const ids = reviewIdsOf(await upload(Array.from({ length: 6 }, (_, n) => ({ name: `many-${n}.json`, text: longCall(`many-${n}`, 20 + n) }))));
    const outcomes = await Promise.all([scoreQueuedReviews(prisma, "instance-1"), scoreQueuedReviews(prisma, "instance-2"), scoreQueuedReviews(prisma, "instance-3")]);
    expect(outcomes.flat().sort()).toEqual(Array(6).fill("scored"));
    expect(await prisma.scoreReport.count({ where: { qualityReviewId: { in: ids } } })).toBe(6);
  });
});
