import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { assertCallAccess } from "../reports/assert-call-access";

export type ListCallDisputesOptions = { viewer: TViewer; callId: string };

/**
 * A call's disputes, oldest first, with the finding each is about and who decided it, and the
 * report's scorer findings as rows (their ids are what a dispute names). For the call's trainee and
 * the staff of their teams.
 */
export async function listCallDisputes(prisma: PrismaClient, { viewer, callId }: ListCallDisputesOptions) {
  await assertCallAccess(prisma, { viewer, callId, allowOwnTrainee: true });
  const [disputes, findings] = await Promise.all([
    prisma.findingDispute.findMany({
      where: { callId },
      orderBy: { createdAt: "asc" },
      include: { finding: { select: { id: true, turn: true, category: true, ruleId: true, severity: true, evidence: true } } },
    }),
    prisma.finding.findMany({
      where: { report: { callId } },
      select: { id: true, turn: true, category: true, ruleId: true, severity: true, evidence: true, withdrawn: true },
    }),
  ]);
  const deciders = await prisma.user.findMany({ where: { id: { in: disputes.flatMap((dispute) => dispute.decidedById ?? []) } }, select: { id: true, name: true } });
  const nameOf = new Map(deciders.map((user) => [user.id, user.name]));
  return {
    disputes: disputes.map(({ decidedById, ...dispute }) => ({ ...dispute, decidedBy: decidedById ? (nameOf.get(decidedById) ?? null) : null })),
    findings,
  };
}
export type TCallDisputes = Awaited<ReturnType<typeof listCallDisputes>>;
