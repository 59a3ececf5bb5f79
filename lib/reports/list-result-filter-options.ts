import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { listLatestScenarios } from "../scenario-store/list-latest-scenarios";
import { listTeams } from "../teams/list-teams";

/** What the dashboard's filters offer: the viewer's teams, their trainees, and the scenarios. */
export async function listResultFilterOptions(prisma: PrismaClient, viewer: TViewer) {
  const [teams, scenarios] = await Promise.all([listTeams(prisma, viewer), listLatestScenarios(prisma)]);
  const trainees = new Map<string, { id: string; name: string; teamIds: string[] }>();
  for (const team of teams) {
    for (const member of team.members.filter((candidate) => candidate.role === "trainee")) {
      const entry = trainees.get(member.id) ?? { id: member.id, name: member.name, teamIds: [] };
      entry.teamIds.push(team.id);
      trainees.set(member.id, entry);
    }
  }
  return {
    teams: teams.map(({ id, name }) => ({ id, name })),
    trainees: [...trainees.values()].sort((a, b) => a.name.localeCompare(b.name)),
    scenarios: scenarios.map(({ scenarioId, scenario }) => ({ id: scenarioId, title: scenario.title })),
  };
}
