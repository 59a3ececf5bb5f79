import { z } from "zod";
import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { ABANDONED, NOT_HELD } from "../calls/unscored-outcomes";
import { getScenarioVersion } from "../scenario-store/get-scenario-version";
import { ZScenarioText } from "../scenarios/scenario-text";
import { ZLanguage } from "../transcript/transcript-schema";
import { listResults } from "./list-results";
import { scopeTeamIds } from "./scope-team-ids";
import { summariseResults } from "./summarise-results";
import { ZLocalizedText, textIn } from "../i18n/localized-text";

export type GetScenarioResultsOptions = { viewer: TViewer; scenarioId: string; teamId?: string };

// Only what these figures need is read from stored JSON, so versions and calls written by older code still count.
const ZStoredScenario = z.looseObject({
  title: ZLocalizedText,
  language: ZLanguage,
  hidden: z.looseObject({ disclosures: z.array(z.looseObject({ id: z.string(), fact: ZScenarioText })) }),
});
// The persona machine's persisted snapshot, as the latest customer turn keeps it (CallTurn.snapshot).
const ZPersonaDisclosed = z.looseObject({ snapshot: z.looseObject({ context: z.looseObject({ disclosed: z.array(z.string()) }) }) });
const disclosedIn = (call: { turns: { snapshot: unknown }[] }) => ZPersonaDisclosed.safeParse(call.turns[0]?.snapshot).data?.snapshot.context.disclosed;

/**
 * How one scenario went for the trainees of the viewer's teams: how many attempted it (a scored
 * call), the pass rate and the rules broken most by the dashboard's own rule (summariseResults: scored
 * practice calls only, withdrawn findings left out), and per hidden fact how many of the calls that
 * could reach it did not. Calls never really held (ended before a word, or with no work done and no
 * rule broken: wasHeld) and abandoned ones are counted apart and in no figure.
 */
export async function getScenarioResults(prisma: PrismaClient, { viewer, scenarioId, teamId }: GetScenarioResultsOptions) {
  const teamIds = scopeTeamIds(viewer, teamId);
  const latest = ZStoredScenario.parse((await getScenarioVersion(prisma, { scenarioId })).content);
  const results = await listResults(prisma, { viewer, filter: { scenarioId, teamId } });
  const summary = summariseResults(results);

  const traineeScope = teamIds ? { memberships: { some: { teamId: { in: teamIds } } } } : undefined;
  const [calls, unscored] = await Promise.all([
    prisma.practiceCall.findMany({
      // The hidden facts a call could reach count only for calls really held, as every other figure.
      where: { id: { in: results.filter((result) => result.held).map((result) => result.callId) } },
      select: {
        turns: { where: { snapshot: { not: Prisma.AnyNull } }, orderBy: { index: "desc" }, take: 1, select: { snapshot: true } },
        scenarioVersion: { select: { content: true } },
      },
    }),
    prisma.practiceCall.groupBy({
      by: ["outcome"],
      where: { scenarioVersion: { scenarioId }, outcome: { in: [ABANDONED, NOT_HELD] }, trainee: traineeScope },
      _count: { _all: true },
    }),
  ]);

  // Per hidden fact of the newest version: the scored calls whose version hid it, and those that never brought it out.
  const facts = new Map(
    latest.hidden.disclosures.map((fact) => [fact.id, { id: fact.id, fact: textIn(fact.fact, latest.language) ?? Object.values(fact.fact)[0] ?? "", calls: 0, missed: 0 }]),
  );
  for (const call of calls) {
    const hidden = ZStoredScenario.safeParse(call.scenarioVersion.content).data?.hidden.disclosures ?? [];
    const disclosed = disclosedIn(call);
    if (!disclosed) continue;
    for (const { id } of hidden) {
      const entry = facts.get(id);
      if (!entry) continue;
      entry.calls += 1;
      if (!disclosed.includes(id)) entry.missed += 1;
    }
  }
  const unscoredCount = (outcome: string) => unscored.find((row) => row.outcome === outcome)?._count._all ?? 0;

  return {
    scenarioId,
    title: latest.title,
    trainees: new Set(results.filter((result) => result.held).map((result) => result.trainee.id)).size,
    calls: summary.calls,
    passed: summary.passed,
    passRate: summary.passRate,
    rulesBroken: summary.rulesBroken,
    factsMissed: [...facts.values()].sort((a, b) => b.missed - a.missed || a.id.localeCompare(b.id)),
    // Ended before a word (not scored), or scored but never really held (no work done, no rule broken).
    notHeld: unscoredCount(NOT_HELD) + summary.notHeld,
    abandoned: unscoredCount(ABANDONED),
  };
}
export type TScenarioResults = Awaited<ReturnType<typeof getScenarioResults>>;
