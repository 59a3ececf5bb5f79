-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "hideMood" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "PracticeCall" ADD COLUMN     "moodHidden" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "planningNotes" JSONB;

-- AlterTable
ALTER TABLE "CallTurn" ADD COLUMN     "mood" TEXT;

