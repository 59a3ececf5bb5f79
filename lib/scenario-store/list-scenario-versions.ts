import type { PrismaClient } from "../../generated/prisma/client";
import { AppError } from "../errors/app-error";

/** Every version of a scenario, newest first: who saved it and when (without the YAML). */
export async function listScenarioVersions(prisma: PrismaClient, scenarioId: string) {
  const versions = await prisma.scenarioVersion.findMany({
    where: { scenarioId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, note: true, createdAt: true, createdBy: { select: { username: true, name: true } } },
  });
  if (versions.length === 0) throw new AppError("not_found", `No scenario with id "${scenarioId}".`);
  return versions;
}
