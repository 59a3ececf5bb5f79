import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { recordAudit } from "../audit/record-audit";
import type { TViewer } from "../auth/get-viewer";
import { AppError } from "../errors/app-error";
import { assertCallAccess } from "../reports/assert-call-access";
import { REPORT_SELECT, toScoreReport, toStoredReport } from "../reports/stored-report";
import { storedCallTranscript } from "./call-transcript";
import { ZDecideJudgeProposalInput } from "./judge-proposal-schemas";
import { rescoreWith, sameProposal } from "./rescore-with";

export type DecideJudgeProposalOptions = { viewer: TViewer; callId: string; input: unknown };

/**
 * A supervisor (or trainer) of the trainee's team decides one of the LLM judge's proposals on a
 * practice call, the way disputes are decided. Accepted: it counts as a finding from then on (a
 * finding row, so the pass rate, the rules broken most and the trainee's progress count it), the
 * scores and verdict are computed again, and the report as first scored is kept. Rejected: it stays
 * a proposal that counts for nothing, with the reason. Each proposal is decided once; both are audited.
 */
export async function decideJudgeProposal(prisma: PrismaClient, { viewer, callId, input }: DecideJudgeProposalOptions) {
  const { decision, reply, ...key } = ZDecideJudgeProposalInput.parse(input);
  await assertCallAccess(prisma, { viewer, callId });
  const stored = await prisma.scoreReport.findUnique({ where: { callId }, select: { ...REPORT_SELECT, originalReport: true } });
  if (!stored) throw new AppError("not_found", "This call has no report.");
  const report = toScoreReport(stored);
  const proposal = report.findings.find((finding) => sameProposal(finding, key));
  if (!proposal) {
    const decided = await prisma.judgeProposalDecision.findUnique({ where: { reportId_turn_category_ruleId_evidence: { reportId: stored.id, ...key } } });
    if (decided) throw new AppError("conflict", "This proposal was already decided.");
    throw new AppError("not_found", "The report holds no such proposal.");
  }
  const status = decision === "accept" ? "accepted" : "rejected";
  return prisma.$transaction(async (tx) => {
    const existing = await tx.judgeProposalDecision.findUnique({ where: { reportId_turn_category_ruleId_evidence: { reportId: stored.id, ...key } } });
    if (existing) throw new AppError("conflict", "This proposal was already decided.");
    let findingId: string | null = null;
    let overall: { before: number; after: number } | undefined;
    if (status === "accepted") {
      const rescored = rescoreWith(report, await storedCallTranscript(tx, callId, report.ruleset), key)!;
      const split = toStoredReport(rescored.report);
      // The accepted proposal is now one of the scorer's findings: a row in its place in the report.
      const row = split.findings.find((finding) => finding.position === rescored.report.findings.indexOf(rescored.finding))!;
      findingId = (await tx.finding.create({ data: { reportId: stored.id, ...row, translations: row.translations ?? undefined } })).id;
      await tx.scoreReport.update({
        where: { id: stored.id },
        data: {
          ...rescored.report.scores,
          report: split.stored as Prisma.InputJsonValue,
          // The first change keeps the report as scored, whole; later ones keep that same original.
          originalReport: (stored.originalReport ?? report) as Prisma.InputJsonValue,
        },
      });
      overall = { before: report.scores.overall, after: rescored.report.scores.overall };
    }
    // The unique key makes a second decision of the same proposal, raced from another tab, fail here.
    await tx.judgeProposalDecision.create({ data: { reportId: stored.id, ...key, status, reply: reply ?? null, findingId, decidedById: viewer.id } });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: status === "accepted" ? "finding.proposal_accept" : "finding.proposal_reject",
      entityType: "practice_call",
      entityId: callId,
      detail: { ruleId: key.ruleId, turn: key.turn, ...(overall ? { overall } : {}) },
    });
    return { status, overall: overall?.after ?? stored.overall };
  });
}
