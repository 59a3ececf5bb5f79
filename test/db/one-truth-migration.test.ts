import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endPracticeCall } from "@/lib/calls/end-practice-call";
import { endStaleCalls } from "@/lib/calls/end-stale-calls";
import { getTraineeCall } from "@/lib/calls/get-trainee-call";
import { playPracticeTurn } from "@/lib/calls/play-practice-turn";
import { retryFromTurn } from "@/lib/calls/retry-from-turn";
import type { TConversationState } from "@/lib/conversation/conversation-state-schema";
import { endConversation } from "@/lib/conversation/end-conversation";
import { playAgentTurn } from "@/lib/conversation/play-agent-turn";
import { startConversation } from "@/lib/conversation/start-conversation";
import { openDatabase, type TDatabase } from "@/lib/db/open-database";
import { decideDispute } from "@/lib/disputes/decide-dispute";
import { disputeFinding } from "@/lib/disputes/dispute-finding";
import { rescoreWithout } from "@/lib/disputes/rescore-without";
import { listLatestScenarios, type TStoredScenario } from "@/lib/scenario-store/list-latest-scenarios";
import { dryRunScript } from "@/lib/scenario-store/dry-run-scripts";
import { isViolation, type TScoreReport } from "@/lib/scoring/report-schema";
import { scoreTranscript } from "@/lib/scoring/score-transcript";
import { seedTwoTeams } from "../support/seed-results";
import { createTestDatabaseTarget, type TTestDatabaseTarget } from "../support/test-database";

// A database written by the Parley before this migration: the call's whole state in
// PracticeCall.machineSnapshot, reports whole in ScoreReport.report, text columns for the enums.
const MIGRATION = "20261207052724_one_truth_per_fact";
const SCENARIO = "zh-angry-colleague-was-called";
const GREETING = "您好,我是恒信公司的小李,受华兴银行委托来电,请问是王建国先生本人吗?";

let target: TTestDatabaseTarget;
let olderMigrations: string;
let database: TDatabase;
let world: Awaited<ReturnType<typeof seedTwoTeams>>;
let stored: TStoredScenario;

type TPlayed = { state: TConversationState; turns: { speaker: string; text: string; party: string | null; mood: string | null; snapshot: unknown }[] };

/** Plays lines with the engine as the old Parley did, keeping what it stored per turn. */
async function play(lines: readonly string[], seed: number): Promise<TPlayed> {
  const { state: opened, opening } = startConversation(stored.scenario, { seed, callDay: "2026-12-01" });
  let state = opened;
  const turns: TPlayed["turns"] = [{ speaker: "customer", text: opening.text, party: opening.party, mood: opening.decision.mood, snapshot: opened.persona }];
  for (const line of lines) {
    if (state.ended) break;
    const result = await playAgentTurn(state, line, { scenario: stored.scenario }).done;
    state = result.state;
    turns.push({ speaker: "agent", text: line, party: null, mood: null, snapshot: null });
    turns.push({ speaker: "customer", text: result.customerText, party: result.decision.party, mood: result.decision.mood, snapshot: state.persona });
  }
  return { state, turns };
}

/** A call as the old Parley stored it. */
async function insertOldCall(id: string, traineeId: string, played: TPlayed, { status, outcome, at }: { status: string; outcome: string | null; at: Date }) {
  const prisma = database.prisma;
  await prisma.$executeRawUnsafe(
    `INSERT INTO "PracticeCall" ("id", "traineeId", "scenarioVersionId", "status", "outcome", "machineVersion", "machineSnapshot", "revision", "startedAt", "endedAt")
     VALUES ($1, $2, $3, $4::"CallStatus", $5, $6, $7::jsonb, $8, $9, $10)`,
    id,
    traineeId,
    stored.versionId,
    status,
    outcome,
    played.state.persona.machineVersion,
    JSON.stringify(played.state),
    (played.turns.length - 1) / 2,
    at,
    status === "ended" ? at : null,
  );
  for (const [index, turn] of played.turns.entries()) {
    await prisma.$executeRawUnsafe(
      `INSERT INTO "CallTurn" ("id", "callId", "index", "speaker", "text", "party", "mood", "snapshot", "createdAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9)`,
      `${id}-${index}`,
      id,
      index,
      turn.speaker,
      turn.text,
      turn.party,
      turn.mood,
      turn.snapshot === null ? null : JSON.stringify(turn.snapshot),
      at,
    );
  }
}

/** A report as the old saveScoreReport stored it, after an accepted dispute withdrew `withdrawn`. */
async function insertOldReport(callId: string, original: TScoreReport, current: TScoreReport, withdrawn: number) {
  const prisma = database.prisma;
  const reportId = `${callId}-report`;
  await prisma.$executeRawUnsafe(
    `INSERT INTO "ScoreReport" ("id", "source", "callId", "scenarioVersionId", "ruleset", "overall", "empathy", "accuracy", "compliance", "report", "originalReport")
     VALUES ($1, 'practice', $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb)`,
    reportId,
    callId,
    stored.versionId,
    current.ruleset,
    current.scores.overall,
    current.scores.empathy,
    current.scores.accuracy,
    current.scores.compliance,
    JSON.stringify(current),
    JSON.stringify(original),
  );
  for (const [order, finding] of original.findings.entries()) {
    if (finding.source === "llm_judge") continue;
    await prisma.$executeRawUnsafe(
      `INSERT INTO "Finding" ("id", "reportId", "turn", "category", "ruleId", "severity", "evidence", "explanation", "suggestion", "withdrawn") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      `${reportId}-f${order}`,
      reportId,
      finding.turn,
      finding.category,
      finding.ruleId,
      finding.severity,
      finding.evidence,
      finding.explanation,
      finding.suggestion,
      order === withdrawn,
    );
  }
}

let active: TPlayed;
let ended: TPlayed;
let original: TScoreReport;
let current: TScoreReport;
let withdrawn: number;
let plainReport: TScoreReport;

beforeAll(async () => {
  target = await createTestDatabaseTarget({ empty: true });
  // The database as the previous version left it: every migration but this one. Later migrations touch
  // other tables and go in too, so that today's client, which seeds the old data, finds their columns.
  olderMigrations = await mkdtemp(path.join(tmpdir(), "parley-older-migrations-"));
  for (const name of await readdir("prisma/migrations")) {
    if (name !== MIGRATION) await cp(path.join("prisma/migrations", name), path.join(olderMigrations, name), { recursive: true });
  }
  database = await openDatabase({ ...target, migrationsDir: olderMigrations });
  world = await seedTwoTeams(database.prisma);
  stored = (await listLatestScenarios(database.prisma)).find((candidate) => candidate.scenarioId === SCENARIO)!;

  // An unfinished call, one line in; one left for days; and a finished call with a disputed report.
  active = await play([GREETING], 7);
  await insertOldCall("old-active", world.a1.id, active, { status: "active", outcome: null, at: new Date() });
  await insertOldCall("old-stale", world.a1.id, await play([GREETING], 8), { status: "active", outcome: null, at: new Date(Date.now() - 3 * 24 * 3600_000) });
  ended = await play([GREETING, ...dryRunScript("abusive", stored.scenario)], 9);
  const hungUp = endConversation(ended.state);
  const scored = scoreTranscript(hungUp.state.transcript);
  const judged: TScoreReport["findings"][number] = { ...scored.findings[0]!, source: "llm_judge", explanation: "the judge's opinion" };
  original = { ...scored, transcriptId: "old-ended", findings: [...scored.findings.slice(0, 1), judged, ...scored.findings.slice(1)] };
  withdrawn = original.findings.findIndex((finding) => finding.source !== "llm_judge" && isViolation(finding.category));
  current = rescoreWithout(original, hungUp.state.transcript, original.findings[withdrawn]!);
  await insertOldCall("old-ended", world.a1.id, { ...ended, state: hungUp.state }, { status: "ended", outcome: hungUp.outcome, at: new Date() });
  await insertOldReport("old-ended", original, current, withdrawn);
  // And one as most are: no judge, no dispute.
  const plain = await play([GREETING, ...dryRunScript("compliant", stored.scenario)], 10);
  const plainEnd = endConversation(plain.state);
  plainReport = { ...scoreTranscript(plainEnd.state.transcript), transcriptId: "old-plain" };
  await insertOldCall("old-plain", world.a1.id, { ...plain, state: plainEnd.state }, { status: "ended", outcome: plainEnd.outcome, at: new Date() });
  await insertOldReport("old-plain", plainReport, plainReport, -1);
  await database.prisma.$executeRawUnsafe(`INSERT INTO "QualityReview" ("id", "teamId", "transcript") VALUES ('orphan-review', 'a-team-removed-long-ago', '{}'::jsonb)`);
  await database.close();

  database = await openDatabase(target);
});

afterAll(async () => {
  await database.close();
  await target.dispose();
  await rm(olderMigrations, { recursive: true, force: true });
});

describe("a database from before one truth per fact", () => {
  it("goes on with an unfinished call exactly where the old state left it, then ends and scores it", async () => {
    const line = "王先生,我是恒信公司的小李,受华兴银行委托,来和您谈一下信用卡的还款。";
    const expected = await playAgentTurn(active.state, line, { scenario: stored.scenario }).done;
    const turn = await playPracticeTurn(database.prisma, { viewer: world.a1, callId: "old-active", text: line, revision: 1 });
    const done = await turn.done;
    expect(done.customerText).toBe(expected.customerText);
    expect(done.revision).toBe(2);
    const call = await getTraineeCall(database.prisma, { viewer: world.a1, callId: "old-active" });
    expect(call.turns.map((stored) => stored.text)).toEqual([...active.turns.map((stored) => stored.text), line, expected.customerText]);
    expect(await endPracticeCall(database.prisma, { viewer: world.a1, callId: "old-active" })).toMatchObject({ outcome: expect.any(String) });
    expect((await getTraineeCall(database.prisma, { viewer: world.a1, callId: "old-active" })).report?.transcriptId).toBe("old-active");
  });

  it("reads the old report back from its rows: the same findings in the same order, the judge's in its place, the withdrawn one out", async () => {
    const call = await getTraineeCall(database.prisma, { viewer: world.a1, callId: "old-ended" });
    expect(call.outcome).toBe(endConversation(ended.state).outcome);
    expect(call.report).toEqual(current);
    const rows = await database.prisma.finding.findMany({ where: { reportId: "old-ended-report" }, orderBy: { position: "asc" } });
    expect(rows.find((row) => row.withdrawn)?.position).toBe(withdrawn);
    expect(rows.every((row) => row.translations !== null)).toBe(true);
    const [stored] = await database.prisma.$queryRaw<{ report: Record<string, unknown> }[]>`SELECT "report" FROM "ScoreReport" WHERE "id" = 'old-ended-report'`;
    expect(Object.keys(stored!.report).sort()).toEqual(["judgeFindings", "result", "transcriptId"]);
    expect((await getTraineeCall(database.prisma, { viewer: world.a1, callId: "old-plain" })).report).toEqual(plainReport);
  });

  it("tries a line again from the old call with the customer as they were", async () => {
    const agentTurns = ended.turns.flatMap((turn, index) => (turn.speaker === "agent" ? [index] : []));
    const turn = agentTurns[1]!;
    const { callId, revision } = await retryFromTurn(database.prisma, { viewer: world.a1, callId: "old-ended", turn });
    const again = await (await playPracticeTurn(database.prisma, { viewer: world.a1, callId, text: ended.turns[turn]!.text, revision })).done;
    expect(again.customerText).toBe(ended.turns[turn + 1]!.text);
  });

  it("decides a new dispute on the old report, keeping the report as first scored", async () => {
    const rows = await database.prisma.finding.findMany({ where: { reportId: "old-ended-report", withdrawn: false, severity: { not: "positive" } }, orderBy: { position: "asc" } });
    const dispute = await disputeFinding(database.prisma, { viewer: world.a1, callId: "old-ended", input: { findingId: rows[0]!.id, reason: "不是这个意思。" } });
    await decideDispute(database.prisma, { viewer: world.supervisorA, disputeId: dispute.id, input: { decision: "accept" } });
    const report = (await getTraineeCall(database.prisma, { viewer: world.a1, callId: "old-ended" })).report!;
    expect(report.findings).toHaveLength(current.findings.length - 1);
    const { originalReport } = await database.prisma.scoreReport.findUniqueOrThrow({ where: { id: "old-ended-report" }, select: { originalReport: true } });
    expect(originalReport).toEqual(original);
  });

  it("ends a call left for days as abandoned, and lets a review whose team is gone keep no team", async () => {
    expect(await endStaleCalls(database.prisma, { traineeId: world.a1.id })).toBe(1);
    expect(await database.prisma.practiceCall.findUnique({ where: { id: "old-stale" }, select: { outcome: true } })).toEqual({ outcome: "abandoned" });
    expect(await database.prisma.qualityReview.findUnique({ where: { id: "orphan-review" }, select: { teamId: true } })).toEqual({ teamId: null });
  });
});
