-- AlterTable
ALTER TABLE "TimelineEvent" ADD COLUMN "summaryEn" TEXT;
