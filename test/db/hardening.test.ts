import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/accounts/create-user";
import { ZAuditQuery } from "@/lib/audit/audit-query";
import { searchAudit } from "@/lib/audit/search-audit";
import { scoreQueuedReviews } from "@/lib/quality-review/run-scoring-jobs";
import { uploadTranscripts } from "@/lib/quality-review/upload-transcripts";
import { consumeRateLimit, resetRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { AppError } from "@/lib/errors/app-error";
import { seedTwoTeams } from "../support/seed-results";
import { openTestDatabase } from "../support/test-database";

/** Issue 10: items 5 (audit keeps the actor), 6 (shared limiter), 11 (one file, one result), 12 (unknown team). */
const database = await openTestDatabase();
afterAll(async () => {
  await database.close();
  await database.target.dispose();
});
const { prisma } = database;

const call = (id: string, agentText = "您好,我是XX银行的小李。请问是张伟先生本人吗?", debtorName = "张伟") => ({
  id,
  language: "zh-CN",
  ruleset: "cn",
  case: { debtorName },
  turns: [
    { speaker: "agent", text: agentText },
    { speaker: "customer", text: "是我。", party: "debtor" },
  ],
});

let world: Awaited<ReturnType<typeof seedTwoTeams>>;
beforeAll(async () => {
  world = await seedTwoTeams(prisma);
});

describe("a quality-review upload", () => {
  it("gives each file its own result, even when one of them cannot be stored", async () => {
    const results = await uploadTranscripts(prisma, {
      viewer: world.supervisorA,
      teamId: world.teamA,
      files: [
        { name: "first.json", text: JSON.stringify(call("first")) },
        { name: "nul.json", text: JSON.stringify(call("nul", "您好\u0000请问是张伟先生本人吗?")) },
        { name: "nul-extra.json", text: JSON.stringify({ ...call("nul-extra"), note: "x\u0000y" }) },
        { name: "long-name.json", text: JSON.stringify(call("long-name", "请问是张伟先生本人吗?", "张".repeat(40_000))) },
        { name: "last.json", text: JSON.stringify(call("last")) },
      ],
    });
    expect(results.map((result) => [result.fileName, result.ok])).toEqual([
      ["first.json", true],
      ["nul.json", false],
      ["nul-extra.json", false],
      ["long-name.json", false],
      ["last.json", true],
    ]);
    const errors = results.flatMap((result) => (result.ok ? [] : result.errors));
    expect(errors[0]).toContain("NUL");
    expect(errors[2]).toMatch(/✖ at most 200 characters\n\s+→ at case\.debtorName/);
    expect(await prisma.qualityReview.count({ where: { teamId: world.teamA } })).toBe(2);
  });

  it("does not save a file twice when the upload is retried", async () => {
    const files = [{ name: "retry.json", text: JSON.stringify(call("retry")) }];
    const [first] = await uploadTranscripts(prisma, { viewer: world.supervisorA, teamId: world.teamA, files });
    const [queued] = await uploadTranscripts(prisma, { viewer: world.supervisorA, teamId: world.teamA, files });
    await scoreQueuedReviews(prisma);
    const [second] = await uploadTranscripts(prisma, { viewer: world.supervisorA, teamId: world.teamA, files });
    const [third] = await Promise.all([
      uploadTranscripts(prisma, { viewer: world.supervisorA, teamId: world.teamA, files }),
      uploadTranscripts(prisma, { viewer: world.supervisorA, teamId: world.teamA, files }),
    ]).then(([a]) => a);
    expect(first?.ok && second?.ok && third?.ok).toBe(true);
    if (!first?.ok || !second?.ok || !third?.ok) return;
    expect(queued).toMatchObject({ ok: true, reviewId: first.reviewId, status: "queued", alreadyUploaded: true });
    expect(second.reviewId).toBe(first.reviewId);
    expect(third.reviewId).toBe(first.reviewId);
    expect(second.status).toBe("scored");
    expect(second.overall).toBeGreaterThan(0);
    expect(second.alreadyUploaded).toBe(true);
    expect(await prisma.qualityReview.count({ where: { fileName: "retry.json" } })).toBe(1);
  });

  it("still saves the same file for another team", async () => {
    const files = [{ name: "retry.json", text: JSON.stringify(call("retry")) }];
    const [result] = await uploadTranscripts(prisma, { viewer: world.supervisorB, teamId: world.teamB, files });
    expect(result?.ok && !result.alreadyUploaded).toBe(true);
  });
});

describe("the audit log", () => {
  it("keeps the actor's name and username as they were when they acted", async () => {
    const admin = await createUser(prisma, { input: { username: "old.admin", name: "Old Admin", password: "a-long-password", role: "admin" }, actorId: null });
    await createUser(prisma, { input: { username: "made.by.old", name: "Made", password: "a-long-password", role: "trainee" }, actorId: admin.id });
    await prisma.user.update({ where: { id: admin.id }, data: { name: "Renamed", username: "renamed" } });
    const [entry] = (await searchAudit(prisma, ZAuditQuery.parse({ actor: admin.id, action: "user.create" }))).entries;
    expect(entry?.actor).toEqual({ name: "Old Admin", username: "old.admin" });
  });
});

describe("creating a user", () => {
  it("refuses an unknown team as invalid input, creating nothing", async () => {
    const refusal = await createUser(prisma, {
      input: { username: "lost.soul", name: "Lost", password: "a-long-password", role: "trainee", teamIds: ["no-such-team"] },
      actorId: null,
    }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).code).toBe("invalid_input");
    expect(await prisma.user.count({ where: { username: "lost.soul" } })).toBe(0);
  });
});

describe("the request limiter", () => {
  const rule = { windowSeconds: 60, max: 3 };

  it("counts in the database, so simultaneous requests cannot all pass", async () => {
    const decisions = await Promise.all(Array.from({ length: 8 }, () => consumeRateLimit(prisma, "test:burst", rule)));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(3);
    expect(await prisma.requestCounter.findUnique({ where: { key: "test:burst" } })).toMatchObject({ count: 8 });
  });

  it("forgets keys a day past their window, so made-up usernames do not pile up", async () => {
    await prisma.requestCounter.create({ data: { key: "test:ancient", count: 1, windowStart: new Date(Date.now() - 2 * 24 * 3600 * 1000) } });
    for (let i = 0; i < 1500 && (await prisma.requestCounter.count({ where: { key: "test:ancient" } })) > 0; i++) await consumeRateLimit(prisma, "test:prune", rule);
    expect(await prisma.requestCounter.count({ where: { key: "test:ancient" } })).toBe(0);
  });

  it("opens a new window once the old one is over, and forgets a key on reset", async () => {
    const start = new Date("2026-12-01T00:00:00Z");
    for (let i = 0; i < 4; i++) await consumeRateLimit(prisma, "test:window", rule, start);
    expect((await consumeRateLimit(prisma, "test:window", rule, new Date(start.getTime() + 30_000))).allowed).toBe(false);
    expect((await consumeRateLimit(prisma, "test:window", rule, new Date(start.getTime() + 61_000))).allowed).toBe(true);
    await resetRateLimit(prisma, "test:window");
    expect(await prisma.requestCounter.findUnique({ where: { key: "test:window" } })).toBeNull();
  });
});
