-- CreateTable
CREATE TABLE "ScoringJob" (
    "qualityReviewId" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedBy" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "failure" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScoringJob_pkey" PRIMARY KEY ("qualityReviewId")
);

-- CreateIndex
CREATE INDEX "ScoringJob_createdAt_idx" ON "ScoringJob"("createdAt");

-- AddForeignKey
ALTER TABLE "ScoringJob" ADD CONSTRAINT "ScoringJob_qualityReviewId_fkey" FOREIGN KEY ("qualityReviewId") REFERENCES "QualityReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

