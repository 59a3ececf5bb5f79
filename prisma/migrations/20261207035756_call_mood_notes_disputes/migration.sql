-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "hideMood" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "PracticeCall" ADD COLUMN     "moodHidden" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "planningNotes" JSONB;

-- AlterTable
ALTER TABLE "CallTurn" ADD COLUMN     "mood" TEXT;

-- AlterTable
ALTER TABLE "ScoreReport" ADD COLUMN     "originalReport" JSONB;

-- AlterTable
ALTER TABLE "Finding" ADD COLUMN     "withdrawn" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "FindingDispute" (
    "id" TEXT NOT NULL,
    "findingId" TEXT NOT NULL,
    "callId" TEXT NOT NULL,
    "traineeId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "reply" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FindingDispute_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FindingDispute_findingId_key" ON "FindingDispute"("findingId");

-- CreateIndex
CREATE INDEX "FindingDispute_callId_idx" ON "FindingDispute"("callId");

-- AddForeignKey
ALTER TABLE "FindingDispute" ADD CONSTRAINT "FindingDispute_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

