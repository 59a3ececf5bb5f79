import type { PrismaClient } from "../../generated/prisma/client";
import { createUser } from "../accounts/create-user";
import { seedDemoCalls } from "./seed-demo-calls";
import { DEMO_ACCOUNTS, DEMO_ASSIGNMENTS, DEMO_PASSWORD, DEMO_TEAM_TIME_ZONES, DEMO_TEAMS } from "./demo-accounts";

const DAY_MS = 24 * 3600 * 1000;

const SEEDED_KEY = "demo_seeded";

/**
 * Creates the demo teams, accounts, assignments and a few scored calls once per database (after the shipped scenarios
 * are imported). The marker row is claimed first, so a
 * second start, or a second instance starting at the same moment, does nothing.
 */
export async function seedDemo(prisma: PrismaClient): Promise<boolean> {
  const claimed = await prisma.setting.createMany({
    data: [{ key: SEEDED_KEY, value: "in-progress" }],
    skipDuplicates: true,
  });
  if (claimed.count === 0) return false;
  try {
    const teams = await Promise.all(DEMO_TEAMS.map((name, index) => prisma.team.upsert({ where: { name }, create: { name, timeZone: DEMO_TEAM_TIME_ZONES[index] }, update: {} })));
    for (const account of DEMO_ACCOUNTS) {
      if (await prisma.user.findUnique({ where: { username: account.username } })) continue;
      await createUser(prisma, {
        input: { ...account, password: DEMO_PASSWORD, teamIds: account.teams.map((index) => teams[index]!.id) },
        actorId: null,
      });
    }
    const shipped = new Set((await prisma.scenario.findMany({ select: { id: true } })).map((scenario) => scenario.id));
    await prisma.assignment.createMany({
      data: DEMO_ASSIGNMENTS.filter((assignment) => shipped.has(assignment.scenarioId)).map((assignment) => ({
        scenarioId: assignment.scenarioId,
        teamId: teams[assignment.team]!.id,
        dueAt: new Date(Date.now() + assignment.dueInDays * DAY_MS),
      })),
    });
    await seedDemoCalls(prisma);
    await prisma.setting.update({ where: { key: SEEDED_KEY }, data: { value: new Date().toISOString() } });
    return true;
  } catch (error) {
    // Release the claim so the next start retries rather than leaving a half-seeded database.
    await prisma.setting.delete({ where: { key: SEEDED_KEY } }).catch(() => undefined);
    throw error;
  }
}
