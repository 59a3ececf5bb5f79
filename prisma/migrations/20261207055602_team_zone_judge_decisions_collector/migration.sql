-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'UTC';

-- AlterTable
ALTER TABLE "QualityReview" ADD COLUMN     "collectorId" TEXT,
ADD COLUMN     "transcriptId" TEXT;

-- CreateTable
CREATE TABLE "JudgeProposalDecision" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "turn" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "reply" TEXT,
    "findingId" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JudgeProposalDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "JudgeProposalDecision_findingId_key" ON "JudgeProposalDecision"("findingId");

-- CreateIndex
CREATE UNIQUE INDEX "JudgeProposalDecision_reportId_turn_category_ruleId_evidenc_key" ON "JudgeProposalDecision"("reportId", "turn", "category", "ruleId", "evidence");

-- CreateIndex
CREATE INDEX "QualityReview_collectorId_idx" ON "QualityReview"("collectorId");

-- AddForeignKey
ALTER TABLE "JudgeProposalDecision" ADD CONSTRAINT "JudgeProposalDecision_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ScoreReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JudgeProposalDecision" ADD CONSTRAINT "JudgeProposalDecision_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JudgeProposalDecision" ADD CONSTRAINT "JudgeProposalDecision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityReview" ADD CONSTRAINT "QualityReview_collectorId_fkey" FOREIGN KEY ("collectorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

