import { z } from "zod";
import type { CallOutcome, PrismaClient } from "@/generated/prisma/client";
import { createUser } from "@/lib/accounts/create-user";
import type { TViewer } from "@/lib/auth/get-viewer";
import type { TRole } from "@/lib/auth/roles";
import { saveScoreReport } from "@/lib/reports/save-score-report";
import { importShippedScenarios } from "@/lib/scenario-store/import-shipped-scenarios";
import type { TScoreReport } from "@/lib/scoring/report-schema";
import { scoreTranscript } from "@/lib/scoring/score-transcript";
import { createTeam } from "@/lib/teams/create-team";
import { ZLanguage, ZRulesetId, type TTurn } from "@/lib/transcript/transcript-schema";

export type SeedScoredCallOptions = {
  traineeId: string;
  /** Its newest stored version is the one the call is scored against. */
  scenarioId: string;
  turns: TTurn[];
  /** When the call took place and was scored. */
  at: Date;
  outcome?: CallOutcome;
  /** Stored as given, for exact figures; without it the real scorer grades the turns. */
  report?: Pick<TScoreReport, "scores" | "findings">;
};

const ZScenarioLanguage = z.looseObject({ language: ZLanguage, ruleset: ZRulesetId });

/**
 * A finished practice call with its turns and score report, written the way the call engine writes
 * them: real rows in the test's database, no mocks.
 */
export async function seedScoredCall(prisma: PrismaClient, { traineeId, scenarioId, turns, at, outcome = "no_agreement", report }: SeedScoredCallOptions) {
  const version = await prisma.scenarioVersion.findFirstOrThrow({ where: { scenarioId }, orderBy: { version: "desc" } });
  const { language, ruleset } = ZScenarioLanguage.parse(version.content);
  const scored: TScoreReport = report ? { transcriptId: `seed-${at.toISOString()}`, ruleset, ...report } : scoreTranscript({ language, ruleset, turns });
  return prisma.$transaction(async (tx) => {
    const call = await tx.practiceCall.create({
      data: {
        traineeId,
        scenarioVersionId: version.id,
        status: "ended",
        outcome,
        seed: 0,
        startedAt: at,
        endedAt: at,
        turns: { create: turns.map(({ speaker, text, party }, index) => ({ index, speaker, text, party })) },
      },
    });
    const saved = await saveScoreReport(tx, { report: scored, source: "practice", callId: call.id, scenarioVersionId: version.id });
    await tx.scoreReport.update({ where: { id: saved.id }, data: { createdAt: at } });
    return { callId: call.id, reportId: saved.id, report: scored };
  });
}

/**
 * Two teams, each with a supervisor, Team A with trainees ta1 and ta2, Team B with trainee tb1, and
 * the shipped scenarios stored as version 1. Viewers are built as getViewer builds them.
 */
export async function seedTwoTeams(prisma: PrismaClient) {
  const teamA = (await createTeam(prisma, { name: "Team A", actorId: null })).id;
  const teamB = (await createTeam(prisma, { name: "Team B", actorId: null })).id;
  const viewer = async (username: string, role: TRole, teamIds: string[]): Promise<TViewer> => {
    const user = await createUser(prisma, { input: { username, name: username, password: "correct horse", role, teamIds }, actorId: null });
    return { id: user.id, name: user.name, username, role, teamIds };
  };
  const people = {
    supervisorA: await viewer("sup-a", "supervisor", [teamA]),
    supervisorB: await viewer("sup-b", "supervisor", [teamB]),
    a1: await viewer("ta1", "trainee", [teamA]),
    a2: await viewer("ta2", "trainee", [teamA]),
    b1: await viewer("tb1", "trainee", [teamB]),
  };
  await importShippedScenarios(prisma);
  return { teamA, teamB, ...people };
}
