import type { PrismaClient } from "../../generated/prisma/client";
import { simulateCall } from "../conversation/simulate-call";
import { saveScoreReport } from "../reports/save-score-report";
import { dryRunScript, type TDryRunScript } from "../scenario-store/dry-run-scripts";
import { listLatestScenarios } from "../scenario-store/list-latest-scenarios";

const DAY_MS = 24 * 3600 * 1000;

/** A few finished practice calls, so a supervisor's dashboard has something to show on first start. */
const DEMO_CALLS: { username: string; scenarioId: string; script: TDryRunScript; daysAgo: number }[] = [
  { username: "trainee", scenarioId: "zh-hardship-factory-shutdown", script: "compliant", daysAgo: 6 },
  { username: "trainee", scenarioId: "zh-angry-colleague-was-called", script: "abusive", daysAgo: 4 },
  { username: "trainee", scenarioId: "zh-confused-minimum-payment", script: "compliant", daysAgo: 2 },
  { username: "trainee", scenarioId: "zh-angry-colleague-was-called", script: "compliant", daysAgo: 1 },
  { username: "trainee2", scenarioId: "uk-hardship-first-arrears", script: "compliant", daysAgo: 5 },
  { username: "trainee2", scenarioId: "us-confused-balance-grew", script: "abusive", daysAgo: 3 },
  { username: "trainee2", scenarioId: "us-confused-balance-grew", script: "compliant", daysAgo: 1 },
];

export async function seedDemoCalls(prisma: PrismaClient): Promise<number> {
  const scenarios = new Map((await listLatestScenarios(prisma)).map((stored) => [stored.scenarioId, stored]));
  let created = 0;
  for (const [index, demo] of DEMO_CALLS.entries()) {
    const stored = scenarios.get(demo.scenarioId);
    const trainee = await prisma.user.findUnique({ where: { username: demo.username } });
    if (!stored || !trainee) continue;
    const simulated = await simulateCall(stored.scenario, dryRunScript(demo.script, stored.scenario), { seed: 1000 + index });
    const startedAt = new Date(Date.now() - demo.daysAgo * DAY_MS);
    await prisma.$transaction(async (tx) => {
      const call = await tx.practiceCall.create({
        data: {
          traineeId: trainee.id,
          scenarioVersionId: stored.versionId,
          status: "ended",
          outcome: simulated.outcome,
          seed: simulated.seed,
          startedAt,
          endedAt: new Date(startedAt.getTime() + 6 * 60 * 1000),
          turns: { create: simulated.transcript.turns.map((turn, turnIndex) => ({ index: turnIndex, speaker: turn.speaker, text: turn.text, party: turn.party })) },
        },
      });
      const report = { ...simulated.report, transcriptId: call.id };
      const saved = await saveScoreReport(tx, { report, source: "practice", callId: call.id, scenarioVersionId: stored.versionId });
      await tx.scoreReport.update({ where: { id: saved.id }, data: { createdAt: call.endedAt! } });
    });
    created++;
  }
  return created;
}
