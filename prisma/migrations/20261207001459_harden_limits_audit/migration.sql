-- AlterTable
ALTER TABLE "QualityReview" ADD COLUMN     "contentHash" TEXT;

-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "actorName" TEXT,
ADD COLUMN     "actorUsername" TEXT;

-- CreateTable
CREATE TABLE "RateLimit" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestCounter" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RequestCounter_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "RateLimit_key_key" ON "RateLimit"("key");

-- CreateIndex
CREATE UNIQUE INDEX "QualityReview_teamId_contentHash_key" ON "QualityReview"("teamId", "contentHash");

