import type { PrismaClient } from "../../generated/prisma/client";
import { ZScenario, type TScenario } from "../scenarios/scenario-schema";

/** Scenario versions are immutable: each is read and parsed once per process, not once per call or turn. */
const parsedVersions = new Map<string, Promise<TScenario>>();
const MAX_CACHED_VERSIONS = 500;

/** The scenario of one stored version, parsed and frozen, shared by every call of that version. */
export function scenarioOfVersion(prisma: PrismaClient, versionId: string): Promise<TScenario> {
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
