import { randomInt } from "node:crypto";
import { today } from "../conversation/call-day";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { startConversation } from "../conversation/start-conversation";
import { AppError } from "../errors/app-error";
import { ZScenario } from "../scenarios/scenario-schema";
import { answeredNotes, type TPlanningNotes } from "./planning-notes-schema";

export type StartPracticeCallOptions = { viewer: TViewer; scenarioId: string; assignmentId?: string; notes?: TPlanningNotes };

/**
 * Dials the latest version of a scenario: the customer (or whoever answers) picks up, and the call
 * is stored with its seed and the opening turn, which keeps the machine's state, so it survives a restart.
 */
export async function startPracticeCall(prisma: PrismaClient, { viewer, scenarioId, assignmentId, notes }: StartPracticeCallOptions) {
  const version = await prisma.scenarioVersion.findFirst({
    where: { scenarioId, scenario: { archived: false } },
    orderBy: { version: "desc" },
  });
  if (!version) throw new AppError("not_found", `No scenario "${scenarioId}".`);
  const assignment = assignmentId ? await prisma.assignment.findUnique({ where: { id: assignmentId } }) : null;
  if (assignmentId) {
    const mine = assignment && (assignment.traineeId === viewer.id || (assignment.teamId && viewer.teamIds.includes(assignment.teamId)));
    if (!mine || assignment.scenarioId !== scenarioId) throw new AppError("not_found", "No such assignment.");
  }
  const planningNotes = answeredNotes(notes);
  const scenario = ZScenario.parse(version.content);
  const { state, opening } = startConversation(scenario, { seed: randomInt(2 ** 31), callDay: today() });
  const call = await prisma.practiceCall.create({
    data: {
      traineeId: viewer.id,
      scenarioVersionId: version.id,
      assignmentId,
      seed: state.seed,
      moodHidden: assignment?.hideMood ?? false,
      ...(planningNotes ? { planningNotes } : {}),
      turns: {
        create: [
          {
            index: 0,
            speaker: "customer",
            text: opening.text,
            party: opening.party,
            mood: opening.decision.mood,
            snapshot: state.persona as unknown as Prisma.InputJsonValue,
          },
        ],
      },
    },
  });
  return { callId: call.id, revision: call.revision };
}
