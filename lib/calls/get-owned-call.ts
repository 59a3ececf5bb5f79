import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { AppError } from "../errors/app-error";
import { REPORT_SELECT } from "../reports/stored-report";
import { ZScenario } from "../scenarios/scenario-schema";

/** A practice call of the signed-in trainee with its scenario version; anyone else's is "not found". */
export async function getOwnedCall(prisma: PrismaClient, viewer: TViewer, callId: string) {
  const call = await prisma.practiceCall.findUnique({
    where: { id: callId },
    include: { scenarioVersion: true, turns: { orderBy: { index: "asc" } }, report: { select: REPORT_SELECT } },
  });
  if (!call || call.traineeId !== viewer.id) throw new AppError("not_found", "No such call.");
  return { ...call, scenario: ZScenario.parse(call.scenarioVersion.content) };
}
export type TOwnedCall = Awaited<ReturnType<typeof getOwnedCall>>;
