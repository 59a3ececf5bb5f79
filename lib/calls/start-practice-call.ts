import { randomInt, randomUUID } from "node:crypto";
import { today } from "../conversation/call-day";
import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { startConversation } from "../conversation/start-conversation";
import { AppError } from "../errors/app-error";
import { answeredNotes, type TPlanningNotes } from "./planning-notes-schema";
import { scenarioOfVersion } from "./scenario-of-version";

export type StartPracticeCallOptions = { viewer: TViewer; scenarioId: string; assignmentId?: string; notes?: TPlanningNotes };

/**
 * Dials the latest version of a scenario: the customer (or whoever answers) picks up, and the call
 * is stored with its seed and the opening turn, which keeps the machine's state, so it survives a restart.
 * The call and its opening are one statement, and the scenario is the parsed version every call of it
 * shares: a whole room of trainees dialling at once is a burst of these.
 */
export async function startPracticeCall(prisma: PrismaClient, { viewer, scenarioId, assignmentId, notes }: StartPracticeCallOptions) {
  const version = await prisma.scenarioVersion.findFirst({
    where: { scenarioId, scenario: { archived: false } },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  if (!version) throw new AppError("not_found", `No scenario "${scenarioId}".`);
  const assignment = assignmentId ? await prisma.assignment.findUnique({ where: { id: assignmentId } }) : null;
  if (assignmentId) {
    const mine = assignment && (assignment.traineeId === viewer.id || (assignment.teamId && viewer.teamIds.includes(assignment.teamId)));
    if (!mine || assignment.scenarioId !== scenarioId) throw new AppError("not_found", "No such assignment.");
  }
  const planningNotes = answeredNotes(notes);
  const scenario = await scenarioOfVersion(prisma, version.id);
  const { state, opening } = startConversation(scenario, { seed: randomInt(2 ** 31), callDay: today() });
  const callId = randomUUID();
  await prisma.$executeRaw`
    WITH call AS (
      INSERT INTO "PracticeCall" ("id", "traineeId", "scenarioVersionId", "assignmentId", "seed", "moodHidden", "planningNotes", "startedAt")
      VALUES (${callId}, ${viewer.id}, ${version.id}, ${assignmentId ?? null}::text, ${state.seed}::int, ${assignment?.hideMood ?? false}::boolean,
        ${planningNotes ? JSON.stringify(planningNotes) : null}::jsonb, now() AT TIME ZONE 'UTC')
      RETURNING "id"
    )
    INSERT INTO "CallTurn" ("id", "callId", "index", "speaker", "text", "party", "mood", "snapshot", "createdAt")
    SELECT ${randomUUID()}, call."id", 0, 'customer'::"Speaker", ${opening.text}, ${opening.party ?? null}::text, ${opening.decision.mood}::text,
      ${JSON.stringify(state.persona)}::jsonb, now() AT TIME ZONE 'UTC'
    FROM call`;
  return { callId, revision: 0 };
}
