import type { PrismaClient } from "../../generated/prisma/client";
import { AppError } from "../errors/app-error";

export type GetScenarioVersionOptions = { scenarioId: string; version?: number };

/** One stored version (the newest when `version` is omitted), with its YAML and author. */
export async function getScenarioVersion(prisma: PrismaClient, { scenarioId, version }: GetScenarioVersionOptions) {
  const found = await prisma.scenarioVersion.findFirst({
    where: { scenarioId, ...(version === undefined ? {} : { version }) },
    orderBy: { version: "desc" },
    include: { createdBy: { select: { username: true, name: true } } },
  });
  if (!found) throw new AppError("not_found", version === undefined ? `No scenario with id "${scenarioId}".` : `Scenario "${scenarioId}" has no version ${version}.`);
  return found;
}
