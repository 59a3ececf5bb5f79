import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { AppError } from "../errors/app-error";
import { PersonaVersionError, restorePersona, ZPersistedPersona } from "../persona/restore-persona";
import { getOwnedCall } from "./get-owned-call";

export type RetryFromTurnOptions = { viewer: TViewer; callId: string; turn: number };

/**
 * "Try this line again": a new call on the same scenario version that starts just before the
 * trainee's line at `turn`, with every earlier word and the customer exactly as they were then (the
 * machine's snapshot stored with the customer's turn before it, and the same seed), so the trainee
 * says that line better at once. The new call is scored whole when it ends, like any other.
 */
export async function retryFromTurn(prisma: PrismaClient, { viewer, callId, turn }: RetryFromTurnOptions) {
  const call = await getOwnedCall(prisma, viewer, callId);
  if (call.status !== "ended") throw new AppError("conflict", "Finish this call first.");
  const line = call.turns.find((candidate) => candidate.index === turn);
  const before = call.turns.find((candidate) => candidate.index === turn - 1);
  if (line?.speaker !== "agent" || before?.speaker !== "customer") throw new AppError("invalid_input", "Choose one of your own lines.");
  // The kept turns are the new call's state: the customer goes on from the snapshot of the last of them.
  const persona = ZPersistedPersona.safeParse(before.snapshot);
  if (!persona.success) throw new AppError("conflict", "This call cannot be resumed; start a new one.");
  try {
    restorePersona(persona.data);
  } catch (error) {
    if (error instanceof PersonaVersionError) throw new AppError("conflict", "The customer has changed since this call; start a new one.");
    throw error;
  }
  const kept = call.turns.filter((candidate) => candidate.index < turn);
  const retry = await prisma.practiceCall.create({
    data: {
      traineeId: viewer.id,
      scenarioVersionId: call.scenarioVersionId,
      assignmentId: call.assignmentId,
      seed: call.seed,
      moodHidden: call.moodHidden,
      ...(call.planningNotes === null ? {} : { planningNotes: call.planningNotes as Prisma.InputJsonValue }),
      turns: {
        create: kept.map(({ index, speaker, text, party, mood, snapshot }) => ({
          index,
          speaker,
          text,
          party,
          mood,
          ...(snapshot === null ? {} : { snapshot: snapshot as Prisma.InputJsonValue }),
        })),
      },
    },
  });
  return { callId: retry.id, revision: retry.revision };
}
