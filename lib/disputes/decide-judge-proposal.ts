import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { recordAudit } from "../audit/record-audit";
import type { TViewer } from "../auth/get-viewer";
import { AppError } from "../errors/app-error";
import { assertCallAccess } from "../reports/assert-call-access";
import { ZScoreReport } from "../scoring/report-schema";
import { callTranscript } from "./call-transcript";
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
  const stored = await prisma.scoreReport.findUnique({ where: { callId } });
  if (!stored) throw new AppError("not_found", "This call has no report.");
  const report = ZScoreReport.parse(stored.report);
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
      const rescored = rescoreWith(report, await callTranscript(tx, callId, report.ruleset), key)!;
      const { turn, category, ruleId, severity, evidence, explanation, suggestion } = rescored.finding;
      findingId = (await tx.finding.create({ data: { reportId: stored.id, turn, category, ruleId, severity, evidence, explanation, suggestion } })).id;
      await tx.scoreReport.update({
        where: { id: stored.id },
        data: {
          ...rescored.report.scores,
          report: rescored.report as unknown as Prisma.InputJsonValue,
          originalReport: (stored.originalReport ?? stored.report) as Prisma.InputJsonValue,
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
