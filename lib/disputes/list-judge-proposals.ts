import type { PrismaClient } from "../../generated/prisma/client";
import type { TViewer } from "../auth/get-viewer";
import { assertCallAccess } from "../reports/assert-call-access";
import { ZStoredReport } from "../reports/stored-report";

export type ListJudgeProposalsOptions = { viewer: TViewer; callId: string };

/**
 * The LLM judge's proposals on a practice call for the staff of the trainee's teams: those still
 * open (in the report, counting for nothing) and those decided, with who decided and the reason.
 */
export async function listJudgeProposals(prisma: PrismaClient, { viewer, callId }: ListJudgeProposalsOptions) {
  await assertCallAccess(prisma, { viewer, callId });
  const stored = await prisma.scoreReport.findUnique({
    where: { callId },
    select: { report: true, judgeDecisions: { orderBy: { decidedAt: "asc" }, include: { decidedBy: { select: { name: true } } } } },
  });
  if (!stored) return { open: [], decided: [] };
  // The judge's proposals are kept in the report's JSON, not as finding rows (stored-report.ts).
  const open = (ZStoredReport.safeParse(stored.report).data?.judgeFindings ?? []).map(({ position: _position, ...finding }) => finding);
  const decided = stored.judgeDecisions.map(({ decidedBy, ...decision }) => ({ ...decision, decidedBy: decidedBy?.name ?? null }));
  // A rejected proposal is still in the report as a proposal: it is decided, not open.
  const isDecided = (finding: (typeof open)[number]) =>
    decided.some((row) => row.turn === finding.turn && row.category === finding.category && row.ruleId === finding.ruleId && row.evidence === finding.evidence);
  return { open: open.filter((finding) => !isDecided(finding)), decided };
}
export type TJudgeProposals = Awaited<ReturnType<typeof listJudgeProposals>>;
