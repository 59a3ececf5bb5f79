import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { AppError } from "../errors/app-error";
import { ZScenario, type TScenario } from "../scenarios/scenario-schema";

/** Scenario versions are immutable: each is read and parsed once per process, not once per turn. */
const parsedVersions = new Map<string, Promise<TScenario>>();
const MAX_CACHED_VERSIONS = 500;

/**
 * What one turn needs of a practice call of the signed-in trainee (anyone else's is "not found"):
 * its state and its scenario. One query for the call; not its turns, report or the scenario's YAML,
 * which a turn never reads (getOwnedCall gives the whole call to the call page).
 */
export async function getCallForTurn(prisma: PrismaClient, viewer: TViewer, callId: string) {
  const call = await prisma.practiceCall.findUnique({
    where: { id: callId },
    select: { id: true, traineeId: true, status: true, revision: true, machineSnapshot: true, scenarioVersionId: true, moodHidden: true },
  });
  if (!call || call.traineeId !== viewer.id) throw new AppError("not_found", "No such call.");
  return { ...call, scenario: await scenarioOfVersion(prisma, call.scenarioVersionId) };
}

function scenarioOfVersion(prisma: PrismaClient, versionId: string): Promise<TScenario> {
  let parsed = parsedVersions.get(versionId);
  if (!parsed) {
    parsed = prisma.scenarioVersion.findUniqueOrThrow({ where: { id: versionId }, select: { content: true } }).then(({ content }) => deepFreeze(ZScenario.parse(content)));
    parsed.catch(() => parsedVersions.delete(versionId));
    if (parsedVersions.size >= MAX_CACHED_VERSIONS) parsedVersions.delete(parsedVersions.keys().next().value!);
    parsedVersions.set(versionId, parsed);
  }
  return parsed;
}

/** Shared by every call of the version: frozen, so no turn can change it for the others. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
