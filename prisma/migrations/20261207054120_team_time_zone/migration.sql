-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'UTC';

