import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { toTraineeView } from "../scenarios/to-trainee-view";
import { toScoreReport } from "../reports/stored-report";
import { getOwnedCall } from "./get-owned-call";
import { ZPlanningNotes } from "./planning-notes-schema";

/**
 * What the trainee's browser may receive about a call: the case file, the words said, the outcome
 * and, once ended, the report. Never the machine's state or the scenario's hidden facts.
 */
export async function getTraineeCall(prisma: PrismaClient, { viewer, callId }: { viewer: TViewer; callId: string }) {
  const call = await getOwnedCall(prisma, viewer, callId);
  const ended = call.status === "ended";
  // An assessed call shows the customer's mood only in the report, once the call is over.
  const showMood = ended || !call.moodHidden;
  return {
    id: call.id,
    status: call.status,
    outcome: call.outcome,
    revision: call.revision,
    startedAt: call.startedAt,
    endedAt: call.endedAt,
    scenarioVersion: call.scenarioVersion.version,
    scenario: toTraineeView(call.scenario),
    goals: ended ? call.scenario.goals : null,
    assignmentId: call.assignmentId,
    moodHidden: !showMood,
    planningNotes: call.planningNotes === null ? null : ZPlanningNotes.parse(call.planningNotes),
    // Who answered is part of the exercise: the trainee learns it from the words until the call ends.
    turns: call.turns.map(({ index, speaker, text, party, mood }) => ({ index, speaker, text, ...(ended ? { party } : {}), ...(showMood ? { mood } : {}) })),
    report: call.report ? toScoreReport(call.report) : null,
  };
}
export type TTraineeCall = Awaited<ReturnType<typeof getTraineeCall>>;
