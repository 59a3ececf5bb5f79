import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { recordAudit, type TAuditAction } from "../audit/record-audit";
import type { TScenario } from "../scenarios/scenario-schema";

export type SaveScenarioVersionOptions = {
  scenario: TScenario;
  source: string;
  actorId: string | null;
  note?: string;
  /** How the audit log names the save: an edit (default), an import or a rollback, with its particulars. */
  audit?: { action: TAuditAction; detail: Record<string, Prisma.InputJsonValue> };
};

/**
 * Saves a scenario as a new immutable version (1, 2, 3…). Reports point at the version they were
 * scored against, so earlier versions are never changed.
 */
export async function saveScenarioVersion(prisma: PrismaClient, { scenario, source, actorId, note, audit }: SaveScenarioVersionOptions) {
  return prisma.$transaction(async (tx) => {
    await tx.scenario.upsert({ where: { id: scenario.id }, create: { id: scenario.id, createdById: actorId }, update: {} });
    const latest = await tx.scenarioVersion.findFirst({ where: { scenarioId: scenario.id }, orderBy: { version: "desc" }, select: { version: true } });
    const version = await tx.scenarioVersion.create({
      data: {
        scenarioId: scenario.id,
        version: (latest?.version ?? 0) + 1,
        content: scenario as unknown as Prisma.InputJsonValue,
        source,
        note: note || null,
        createdById: actorId,
      },
    });
    await recordAudit(tx, {
      actorId,
      action: audit?.action ?? "scenario.create_version",
      entityType: "scenario",
      entityId: scenario.id,
      detail: { ...audit?.detail, version: version.version, ...(note ? { note } : {}) },
    });
    return version;
  });
}
