import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/accounts/create-user";
import type { TViewer } from "@/lib/auth/get-viewer";
import { AppError } from "@/lib/errors/app-error";
import { getQualityReview } from "@/lib/quality-review/get-quality-review";
import { getReviewProgress } from "@/lib/quality-review/get-review-progress";
import { getReviewTranscript } from "@/lib/quality-review/get-review-transcript";
import { listQualityReviews } from "@/lib/quality-review/list-quality-reviews";
import { uploadTranscripts } from "@/lib/quality-review/upload-transcripts";
import { exportResultsCsv } from "@/lib/reports/export-results-csv";
import { getCallReview } from "@/lib/reports/get-call-review";
import { getPrintableReport } from "@/lib/reports/get-printable-report";
import { addReviewComment } from "@/lib/reviews/add-review-comment";
import { listReviewComments } from "@/lib/reviews/list-review-comments";
import { seedScoredCall, seedTwoTeams } from "../support/seed-results";
import { openTestDatabase } from "../support/test-database";

/** Who reads the exports here: the columns are theirs, the figures the same for anyone. */
const READER = { locale: "en", timeZone: "UTC", baseUrl: "http://parley.test" } as const;

const database = await openTestDatabase();
afterAll(async () => {
  await database.close();
  await database.target.dispose();
});
const { prisma } = database;

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof AppError ? error.code : error),
  );
const transcript = {
  language: "zh-CN",
  ruleset: "cn",
  turns: [
    { speaker: "agent", text: "您好,请问是张伟先生本人吗?" },
    { speaker: "customer", text: "我是他老婆,他不在。", party: "third_party" },
    { speaker: "agent", text: "您丈夫的信用卡已经逾期三个月了,不还就让他坐牢。" },
  ],
} as const;

let world: Awaited<ReturnType<typeof seedTwoTeams>>;
let callA: string;
let callB: string;
let reviewA: string;

beforeAll(async () => {
  world = await seedTwoTeams(prisma);
  const seed = (traineeId: string, at: string) => seedScoredCall(prisma, { traineeId, scenarioId: "zh-timid-says-yes", turns: [...transcript.turns], at: new Date(at) });
  callA = (await seed(world.a1.id, "2026-11-20T10:00:00Z")).callId;
  callB = (await seed(world.b1.id, "2026-11-21T10:00:00Z")).callId;
  const [uploaded] = await uploadTranscripts(prisma, {
    viewer: world.supervisorA,
    teamId: world.teamA,
    files: [{ name: "a.json", text: JSON.stringify(transcript) }],
  });
  reviewA = uploaded!.ok ? uploaded!.reviewId : "";
});

describe("a supervisor and another team's data", () => {
  it("refuses another team's call, its comments and a comment on it", async () => {
    const { supervisorB } = world;
    expect(await refusal(getCallReview(prisma, { viewer: supervisorB, callId: callA }))).toBe("forbidden");
    expect(await refusal(listReviewComments(prisma, { viewer: supervisorB, callId: callA }))).toBe("forbidden");
    expect(await refusal(addReviewComment(prisma, { viewer: supervisorB, callId: callA, input: { text: "nice" } }))).toBe("forbidden");
    expect(await prisma.reviewComment.count()).toBe(0);
  });

  it("leaves another team's calls out of the CSV and the printable report", async () => {
    const { supervisorA, supervisorB, a1 } = world;
    const csvB = (await exportResultsCsv(prisma, { viewer: supervisorB, filter: {}, ...READER })).csv;
    expect(csvB.split("\r\n").filter(Boolean)).toHaveLength(2);
    expect(csvB).toContain("tb1");
    expect(csvB).not.toContain("ta1");
    expect((await exportResultsCsv(prisma, { viewer: supervisorB, filter: { traineeId: a1.id }, ...READER })).csv.split("\r\n").filter(Boolean)).toHaveLength(1);
    expect(await refusal(exportResultsCsv(prisma, { viewer: supervisorB, filter: { teamId: world.teamA }, ...READER }))).toBe("forbidden");
    expect((await getPrintableReport(prisma, { viewer: supervisorB, filter: {}, transcripts: true })).calls.map((call) => call.callId)).toEqual([callB]);
    expect((await getPrintableReport(prisma, { viewer: supervisorA, filter: {}, transcripts: true })).calls.map((call) => call.callId)).toEqual([callA]);
  });

  it("refuses another team's quality reviews, and uploads into another team", async () => {
    const { supervisorB, teamA } = world;
    expect(await refusal(getQualityReview(prisma, { viewer: supervisorB, reviewId: reviewA }))).toBe("forbidden");
    expect(await refusal(getReviewTranscript(prisma, { viewer: supervisorB, reviewId: reviewA }))).toBe("forbidden");
    expect(await listQualityReviews(prisma, { viewer: supervisorB })).toEqual([]);
    expect((await getReviewProgress(prisma, { viewer: supervisorB, reviewIds: [reviewA] })).reviews).toEqual([]);
    expect(await refusal(listQualityReviews(prisma, { viewer: supervisorB, teamId: teamA }))).toBe("forbidden");
    expect(await refusal(uploadTranscripts(prisma, { viewer: supervisorB, teamId: teamA, files: [{ name: "x.json", text: "{}" }] }))).toBe("forbidden");
  });

  it("tells a missing call from a forbidden one", async () => {
    expect(await refusal(getCallReview(prisma, { viewer: world.supervisorB, callId: "no-such-call" }))).toBe("not_found");
  });
});

describe("the team's own supervisor and trainee", () => {
  it("lets the supervisor read the call with findings pinned to turns, and audits the view", async () => {
    const review = await getCallReview(prisma, { viewer: world.supervisorA, callId: callA });
    expect(review.turns.map((turn) => turn.speaker)).toEqual(["agent", "customer", "agent"]);
    expect(review.scenario).toMatchObject({ id: "zh-timid-says-yes", version: 1, ruleset: "cn" });
    const disclosure = review.report!.findings.find((finding) => finding.category === "third_party_disclosure")!;
    expect(disclosure.turn).toBe(2);
    expect(review.turns[2]!.text).toContain(disclosure.evidence);
    expect(review.report!.passed).toBe(false);
    const audit = await prisma.auditEntry.findMany({ where: { action: "report.view", entityId: callA } });
    expect(audit.map((entry) => entry.actorId)).toEqual([world.supervisorA.id]);
  });

  it("lets the supervisor comment on a turn, the call's trainee read it, and no other trainee", async () => {
    const { supervisorA, a1, a2 } = world;
    await addReviewComment(prisma, { viewer: supervisorA, callId: callA, input: { text: "先核实身份,再谈欠款。", turn: 2 } });
    expect(await refusal(addReviewComment(prisma, { viewer: supervisorA, callId: callA, input: { text: "x", turn: 9 } }))).toBe("invalid_input");
    expect(await refusal(addReviewComment(prisma, { viewer: a1, callId: callA, input: { text: "I disagree" } }))).toBe("forbidden");
    const seen = await listReviewComments(prisma, { viewer: a1, callId: callA });
    expect(seen.map((comment) => [comment.turn, comment.text, comment.author.name])).toEqual([[2, "先核实身份,再谈欠款。", "sup-a"]]);
    expect(await refusal(listReviewComments(prisma, { viewer: a2, callId: callA }))).toBe("forbidden");
  });

  it("audits every export with its format", async () => {
    const entries = await prisma.auditEntry.findMany({ where: { action: "report.export" }, orderBy: { createdAt: "asc" } });
    expect(entries.map((entry) => (entry.detail as { format: string }).format)).toEqual(["csv", "csv", "print", "print"]);
  });
});

describe("a trainer and the teams they train", () => {
  it("reads the calls and results of their own team only", async () => {
    const user = await createUser(prisma, {
      input: { username: "trainer-a", name: "Trainer A", password: "correct horse", role: "trainer", teamIds: [world.teamA] },
      actorId: null,
    });
    const trainerA: TViewer = { id: user.id, name: user.name, username: "trainer-a", role: "trainer", teamIds: [world.teamA] };
    expect((await getCallReview(prisma, { viewer: trainerA, callId: callA })).turns).toHaveLength(3);
    expect(await refusal(getCallReview(prisma, { viewer: trainerA, callId: callB }))).toBe("forbidden");
    const csv = (await exportResultsCsv(prisma, { viewer: trainerA, filter: {}, ...READER })).csv;
    expect(csv).toContain("ta1");
    expect(csv).not.toContain("tb1");
    expect(await refusal(exportResultsCsv(prisma, { viewer: trainerA, filter: { teamId: world.teamB }, ...READER }))).toBe("forbidden");
  });
});
